package newdeal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The modals the fake Slack holds open, as Slack keeps them: each has an id and a hash that changes on every update;
 * {@code views.update} with a stale hash fails with {@code hash_conflict}, as Slack's does.
 */
final class FakeViews {
    private final ObjectMapper json;
    private final Map<String, ObjectNode> views = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final Map<String, String> byTrigger = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final ObjectNode skeleton;
    private volatile int retained = Integer.MAX_VALUE;

    FakeViews(ObjectMapper json) {
        this.json = json;
        this.skeleton = readSkeleton(json);
    }

    /** Holds at most {@code views} views from now on, forgetting the ones opened first. */
    void retainAtMost(int views) {
        retained = views;
    }

    /** Stores a newly opened view and answers as {@code views.open} does. */
    synchronized JsonNode open(JsonNode sent, String triggerId) {
        String id = "V" + String.format("%08d", counter.incrementAndGet());
        ObjectNode view = envelope(sent, id);
        views.put(id, view);
        order.add(id);
        if (triggerId != null) {
            byTrigger.put(triggerId, id);
        }
        while (order.size() > retained) {
            String gone = order.remove(0);
            views.remove(gone);
            byTrigger.values().remove(gone);
        }
        return ok(view);
    }

    Optional<String> openedWith(String triggerId) {
        return Optional.ofNullable(byTrigger.get(triggerId));
    }

    /** Replaces a view as {@code views.update} does; {@code hash} may be null (then no conflict check). */
    synchronized JsonNode update(String viewId, String hash, JsonNode sent) {
        ObjectNode current = viewId == null ? null : views.get(viewId);
        if (current == null) {
            return error("not_found");
        }
        if (hash != null && !hash.equals(current.path("hash").asText())) {
            return error("hash_conflict");
        }
        ObjectNode view = envelope(sent, viewId);
        view.put("root_view_id", viewId);
        views.put(viewId, view);
        return ok(view);
    }

    /** Replaces a view after a {@code response_action: update} answer, as Slack does on its side. */
    synchronized void replacedBySubmissionAnswer(String viewId, JsonNode sent) {
        if (views.containsKey(viewId)) {
            views.put(viewId, envelope(sent, viewId));
        }
    }

    /** The same, unless the view was updated since it was submitted with {@code submittedHash}. */
    synchronized void replacedBySubmissionAnswer(String viewId, String submittedHash, JsonNode sent) {
        ObjectNode current = views.get(viewId);
        if (current != null && submittedHash.equals(current.path("hash").asText())) {
            views.put(viewId, envelope(sent, viewId));
        }
    }

    Optional<JsonNode> view(String id) {
        return Optional.ofNullable(views.get(id)).map(JsonNode::deepCopy);
    }

    synchronized Optional<String> lastOpenedId() {
        return order.isEmpty() ? Optional.empty() : Optional.of(order.get(order.size() - 1));
    }

    private ObjectNode envelope(JsonNode sent, String id) {
        ObjectNode view = skeleton();
        sent.fields().forEachRemaining(field -> view.set(field.getKey(), field.getValue()));
        view.put("id", id);
        view.put("hash", counter.incrementAndGet() + "." + Long.toHexString(System.nanoTime()));
        view.putObject("state").putObject("values");
        return view;
    }

    private ObjectNode skeleton() {
        return skeleton.deepCopy();
    }

    private static ObjectNode readSkeleton(ObjectMapper json) {
        try (InputStream in = FakeViews.class.getResourceAsStream("/slack/view_envelope.json")) {
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode ok(JsonNode view) {
        ObjectNode answer = json.createObjectNode().put("ok", true);
        answer.set("view", view.deepCopy());
        return answer;
    }

    ObjectNode error(String code) {
        return json.createObjectNode().put("ok", false).put("error", code);
    }
}
