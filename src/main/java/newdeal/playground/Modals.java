package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The views Slack holds: the open modal stack (at most {@link #MAX_STACK} deep) with the errors and notice shown on
 * its top view, and each member's Home tab. Every change is published to the page as one numbered snapshot, so a
 * page that gets two out of order keeps the newer. Limits are checked before a view gets here.
 */
final class Modals {
    static final int MAX_STACK = 3;

    /** What a Web API call came to: the view as Slack returns it, or Slack's error code. */
    record Outcome(ObjectNode view, String error) {
        static Outcome failed(String error) {
            return new Outcome(null, error);
        }
    }

    private final ObjectMapper json;
    private final PageEvents events;
    private final List<ObjectNode> stack = new ArrayList<>();
    private final Map<String, ObjectNode> homes = new LinkedHashMap<>();
    private Map<String, String> errors = Map.of();
    private String notice;
    private String userId;
    private long version;

    Modals(ObjectMapper json, PageEvents events) {
        this.json = json;
        this.events = events;
    }

    Outcome open(String forUser, JsonNode sent) {
        return change(() -> {
            stack.clear();
            userId = forUser;
            String id = ViewEnvelope.newId();
            stack.add(ViewEnvelope.wrap(sent, id, id, null));
            return ok(top());
        });
    }

    Outcome push(JsonNode sent) {
        return change(() -> {
            if (stack.isEmpty()) {
                return Outcome.failed("not_found");
            }
            if (stack.size() >= MAX_STACK) {
                return Outcome.failed("push_limit_reached");
            }
            stack.add(ViewEnvelope.wrap(sent, ViewEnvelope.newId(), stack.get(0).path("id").asText(),
                    top().path("id").asText()));
            return ok(top());
        });
    }

    /** views.update by view_id or external_id; a non-null hash must be the view's current one. */
    Outcome update(String viewId, String externalId, String hash, JsonNode sent) {
        return change(() -> {
            Optional<ObjectNode> found = find(viewId, externalId);
            if (found.isEmpty()) {
                return Outcome.failed("not_found");
            }
            ObjectNode current = found.get();
            if (hash != null && !hash.isEmpty() && !hash.equals(current.path("hash").asText())) {
                return Outcome.failed("hash_conflict");
            }
            return replaced(current, sent);
        });
    }

    Outcome publish(String forUser, String hash, JsonNode sent) {
        return change(() -> {
            ObjectNode current = homes.get(forUser);
            if (current != null && hash != null && !hash.isEmpty() && !hash.equals(current.path("hash").asText())) {
                return Outcome.failed("hash_conflict");
            }
            String id = current == null ? ViewEnvelope.newId() : current.path("id").asText();
            ObjectNode next = ViewEnvelope.wrap(sent, id, id, null);
            homes.put(forUser, next);
            return ok(next);
        });
    }

    /** A submission's {@code response_action: update}: the top view replaced in place (same id, new hash). */
    void replaceTop(JsonNode sent) {
        change(() -> stack.isEmpty() ? null : replaced(top(), sent));
    }

    /** Closes the top view (after a plain acknowledgement or the close button); returns it. */
    Optional<ObjectNode> pop() {
        return Optional.ofNullable(change(() -> stack.isEmpty() ? null : ok(stack.remove(stack.size() - 1))))
                .map(Outcome::view);
    }

    /** Closes every view of the stack; returns them, top first. */
    List<ObjectNode> clear() {
        List<ObjectNode> closed = new ArrayList<>();
        change(() -> {
            for (int i = stack.size() - 1; i >= 0; i--) {
                closed.add(stack.get(i));
            }
            stack.clear();
            return null;
        });
        return closed;
    }

    /** The view with its current state, as Slack puts it in a payload. */
    Optional<ObjectNode> current(String viewId) {
        synchronized (this) {
            return find(viewId, null).map(ObjectNode::deepCopy);
        }
    }

    synchronized Optional<ObjectNode> topView() {
        return stack.isEmpty() ? Optional.empty() : Optional.of(top().deepCopy());
    }

    /** What the rep has typed, in Slack's state shape, kept on the view until it changes again. */
    synchronized void saveState(String viewId, ObjectNode values) {
        find(viewId, null).ifPresent(v -> ((ObjectNode) v.get("state")).set("values", values));
    }

    /** Errors under inputs (by block_id) and a notice on the top view; both cleared by the next change. */
    void showOnTop(Map<String, String> blockErrors, String text) {
        change(() -> {
            errors = Map.copyOf(blockErrors);
            notice = text;
            return null;
        });
    }

    synchronized ObjectNode snapshot() {
        ObjectNode snapshot = json.createObjectNode().put("version", version).put("user", userId);
        ArrayNode views = snapshot.putArray("views");
        for (int i = 0; i < stack.size(); i++) {
            ObjectNode item = views.addObject();
            item.set("view", PageJson.view(stack.get(i)));
            if (i == stack.size() - 1) {
                item.set("errors", json.valueToTree(errors));
                item.put("notice", notice);
            }
        }
        ObjectNode home = snapshot.putObject("homes");
        homes.forEach((user, view) -> home.set(user, PageJson.view(view)));
        return snapshot;
    }

    private Outcome change(java.util.function.Supplier<Outcome> mutation) {
        Outcome outcome;
        ObjectNode snapshot;
        synchronized (this) {
            outcome = mutation.get();
            if (outcome != null && outcome.error() != null) {
                return outcome;
            }
            if (outcome != null && outcome.view() != null) {
                errors = Map.of();
                notice = null;
            }
            version++;
            snapshot = snapshot();
        }
        events.publish("modal", snapshot);
        return outcome;
    }

    private Optional<ObjectNode> find(String viewId, String externalId) {
        List<ObjectNode> all = new ArrayList<>(stack);
        all.addAll(homes.values());
        return all.stream().filter(v -> viewId != null && !viewId.isEmpty() ? viewId.equals(v.path("id").asText())
                : externalId != null && !externalId.isEmpty() && externalId.equals(v.path("external_id").asText()))
                .findFirst();
    }

    /** The same view (id, place in the stack, what was typed) with new content and a new hash. */
    private Outcome replaced(ObjectNode current, JsonNode sent) {
        ObjectNode next = ViewEnvelope.wrap(sent, current.path("id").asText(),
                current.path("root_view_id").asText(null), current.path("previous_view_id").asText(null));
        next.set("state", current.get("state"));
        replace(current, next);
        return ok(next);
    }

    private void replace(ObjectNode current, ObjectNode next) {
        int at = stack.indexOf(current);
        if (at >= 0) {
            stack.set(at, next);
            return;
        }
        homes.replaceAll((user, view) -> view == current ? next : view);
    }

    private ObjectNode top() {
        return stack.get(stack.size() - 1);
    }

    private Outcome ok(ObjectNode view) {
        return new Outcome(view.deepCopy(), null);
    }
}
