package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The modal's submit and close, as Slack plays them: Slack's own input checks first, then view_submission to the app,
 * whose answer is applied as Slack applies it (a plain acknowledgement closes the view; {@code response_action}
 * {@code errors} shows each message under its input with everything typed kept; {@code update}, {@code push} and
 * {@code clear}). Closing sends view_closed when the view asks for it ({@code notify_on_close}).
 */
final class Submissions {
    static final String TROUBLE = "We had some trouble connecting. Try again?";

    private final ObjectMapper json;
    private final AppClient app;
    private final Payloads payloads;
    private final Triggers triggers;
    private final Modals modals;
    private final Hood hood;

    Submissions(ObjectMapper json, AppClient app, Payloads payloads, Triggers triggers, Modals modals, Hood hood) {
        this.json = json;
        this.app = app;
        this.payloads = payloads;
        this.triggers = triggers;
        this.modals = modals;
        this.hood = hood;
    }

    ObjectNode submit(Person person, String viewId, JsonNode entered) {
        Optional<ObjectNode> found = modals.current(viewId);
        if (found.isEmpty()) {
            return answer(false, "view_not_found");
        }
        ObjectNode view = found.get();
        ObjectNode values = ViewState.values(view, entered);
        modals.saveState(viewId, values);
        ((ObjectNode) view.get("state")).set("values", values);
        Map<String, String> slackErrors = InputRules.check(view, values);
        if (!slackErrors.isEmpty()) {
            modals.showOnTop(slackErrors, null);
            return answer(false, "input_errors");
        }
        AppClient.Answer answer = app.sendPayload("view_submission " + view.path("callback_id").asText(),
                payloads.viewSubmission(person, view, triggers.issue()));
        if (!answer.ok()) {
            modals.showOnTop(Map.of(), TROUBLE);
            return answer(false, answer.timedOut() ? "operation_timeout" : "dispatch_failed");
        }
        return apply(view, answer.body());
    }

    /** The close button ({@code all} false) goes back one view; the window's X ({@code all} true) closes them all. */
    ObjectNode close(Person person, String viewId, JsonNode entered, boolean all) {
        Optional<ObjectNode> top = modals.topView();
        if (top.isEmpty() || !top.get().path("id").asText().equals(viewId)) {
            return answer(false, "view_not_found");
        }
        modals.saveState(viewId, ViewState.values(top.get(), entered));
        List<ObjectNode> closed = all ? modals.clear() : modals.pop().map(List::of).orElse(List.of());
        for (ObjectNode view : closed) {
            if (view.path("notify_on_close").asBoolean(false)) {
                app.sendPayload("view_closed " + view.path("callback_id").asText(),
                        payloads.viewClosed(person, view, all));
            }
        }
        return answer(true, null);
    }

    private ObjectNode apply(ObjectNode view, String body) {
        JsonNode answer = parse(body);
        if (answer == null || !answer.isObject()) {
            hood.ruleBroken("view_submission", "invalid_response", "the acknowledgement is no JSON object");
            modals.showOnTop(Map.of(), TROUBLE);
            return answer(false, "invalid_response");
        }
        String action = answer.path("response_action").asText("");
        switch (action) {
            case "" -> modals.pop();
            case "clear" -> modals.clear();
            case "errors" -> {
                return errors(view, answer.path("errors"));
            }
            case "update", "push" -> {
                return replaceOrPush(action, answer.path("view"));
            }
            default -> {
                hood.ruleBroken("view_submission", "invalid_response_action", "unknown response_action " + action);
                modals.showOnTop(Map.of(), TROUBLE);
                return answer(false, "invalid_response_action");
            }
        }
        return answer(true, null);
    }

    /** Errors may name input blocks of the view only; Slack refuses the whole answer otherwise. */
    private ObjectNode errors(ObjectNode view, JsonNode errors) {
        Set<String> inputs = new HashSet<>();
        view.path("blocks").forEach(b -> {
            if ("input".equals(b.path("type").asText())) {
                inputs.add(b.path("block_id").asText());
            }
        });
        Map<String, String> shown = new LinkedHashMap<>();
        errors.fields().forEachRemaining(e -> shown.put(e.getKey(), e.getValue().asText()));
        Set<String> unknown = new HashSet<>(shown.keySet());
        unknown.removeAll(inputs);
        if (!unknown.isEmpty() || shown.isEmpty()) {
            hood.ruleBroken("view_submission", "invalid_arguments", "errors must name input blocks of the view, got "
                    + (shown.isEmpty() ? "none" : String.join(", ", unknown)));
            modals.showOnTop(Map.of(), TROUBLE);
            return answer(false, "invalid_arguments");
        }
        modals.showOnTop(shown, null);
        return answer(true, null);
    }

    private ObjectNode replaceOrPush(String action, JsonNode next) {
        List<String> broken = ViewEnvelope.looksLikeView(next) ? BlockKitLimits.view(next)
                : List.of("[ERROR] missing required field: view");
        if (!broken.isEmpty()) {
            hood.ruleBroken("view_submission response_action " + action, "invalid_arguments",
                    String.join("; ", broken));
            modals.showOnTop(Map.of(), TROUBLE);
            return answer(false, "invalid_arguments");
        }
        if (action.equals("update")) {
            modals.replaceTop(next);
            return answer(true, null);
        }
        Modals.Outcome pushed = modals.push(next);
        if (pushed.error() != null) {
            hood.ruleBroken("view_submission response_action push", pushed.error(), "a modal stack holds at most "
                    + Modals.MAX_STACK + " views");
            return answer(false, pushed.error());
        }
        return answer(true, null);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static ObjectNode answer(boolean ok, String error) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("ok", ok);
        return error == null ? answer : answer.put("error", error);
    }
}
