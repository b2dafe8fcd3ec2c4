package newdeal.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/** Answers a list request: filter, order, one page after the cursor, and the envelope with {@code page_info}. */
final class Lister {
    private final Store store;
    private final Renderer renderer;
    private final Cursor cursor;
    private final Listings listings = new Listings();
    private final ObjectMapper json;

    Lister(Store store, Renderer renderer, ObjectMapper json) {
        this.store = store;
        this.renderer = renderer;
        this.cursor = new Cursor(json);
        this.json = json;
    }

    ObjectNode list(EntityDef def, ListQuery query, String entitiesUrl) {
        Ordering ordering = Ordering.of(query.order());
        Comparator<ObjectNode> order = ordering.comparator();
        List<ObjectNode> matching = listings.matching(def.name(), store.require(def.name()), query, order);
        List<ObjectNode> remaining = query.after()
                .map(after -> cursor.decode(after, ordering))
                .map(position -> matching.subList(Listings.after(matching, position, order), matching.size()))
                .orElse(matching);
        List<ObjectNode> page = remaining.subList(0, Math.min(query.first(), remaining.size()));
        boolean hasNext = remaining.size() > page.size();

        ObjectNode body = json.createObjectNode().put("success", true).put("total", matching.size());
        ObjectNode pageInfo = body.putObject("page_info");
        pageInfo.put("start_cursor", page.isEmpty() ? null : cursor.encode(page.get(0), ordering));
        // Pipeliner ends the last page with end_cursor null (API.md, "Envelope and lists").
        pageInfo.put("end_cursor", hasNext ? cursor.encode(page.get(page.size() - 1), ordering) : null);
        pageInfo.put("has_previous_page", remaining.size() < matching.size());
        pageInfo.put("has_next_page", hasNext);
        ArrayNode data = body.putArray("data");
        page.forEach(row -> data.add(renderer.render(def, row, query.expand(), query.loadOnly(), entitiesUrl)));
        return body;
    }
}
