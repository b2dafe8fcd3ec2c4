package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * What the rep does on the page, turned into what Slack would send the app: a typed message or slash command, a
 * search in an external select (block_suggestion), a button or a dispatched input (block_actions). Submitting and
 * closing a modal are {@link Submissions}. Each answers the page with a small JSON object.
 */
final class PageActions {
    private final ObjectMapper json;
    private final AppClient app;
    private final Payloads payloads;
    private final Triggers triggers;
    private final ResponseUrls responseUrls;
    private final java.util.function.Supplier<String> responseUrlBase;
    private final Modals modals;
    private final Channel channel;
    private final Hood hood;

    PageActions(ObjectMapper json, AppClient app, Payloads payloads, Triggers triggers, ResponseUrls responseUrls,
                java.util.function.Supplier<String> responseUrlBase, Modals modals, Channel channel, Hood hood) {
        this.json = json;
        this.app = app;
        this.payloads = payloads;
        this.triggers = triggers;
        this.responseUrls = responseUrls;
        this.responseUrlBase = responseUrlBase;
        this.modals = modals;
        this.channel = channel;
        this.hood = hood;
    }

    /** The message box: {@code /command text} goes to the app as Slack would send it; other text is a message. */
    ObjectNode message(Person person, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!text.startsWith("/")) {
            channel.post(new Channel.Post(Workspace.CHANNEL_ID, person.id(), false, null,
                    json.createObjectNode().put("text", MrkdwnEscapes.escape(text))));
            return ok();
        }
        int space = text.indexOf(' ');
        String command = space < 0 ? text : text.substring(0, space);
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        if (!command.equals(Workspace.COMMAND)) {
            slackbot(person, "`" + MrkdwnEscapes.escape(command) + "` is not a valid command. In Slack, all messages"
                    + " that start with the \"/\" character are interpreted as commands.");
            return ok();
        }
        String responseUrl = responseUrlBase.get() + responseUrls.issue(new ResponseUrls.Target(Workspace.CHANNEL_ID,
                person.id()));
        AppClient.Answer answer = app.sendForm("slash_command " + command,
                payloads.command(person, command, argument, triggers.issue(), responseUrl));
        if (!answer.ok()) {
            slackbot(person, "`" + command + "` failed with the error \"" + (answer.timedOut() ? "operation_timeout"
                    : "dispatch_failed") + "\"");
        } else if (!answer.body().isBlank()) {
            commandAnswer(person, answer.body());
        }
        return ok();
    }

    /** An options load; the answer holds the options the page shows, or none with Slack's error. */
    ObjectNode suggest(Person person, String viewId, String blockId, String actionId, String value, JsonNode entered) {
        Optional<ObjectNode> view = withState(viewId, entered);
        Optional<JsonNode> element = view.flatMap(v -> Elements.find(v.path("blocks"), blockId, actionId));
        if (element.isEmpty()) {
            return error("view_not_found");
        }
        // Slack asks the app only once the rep typed min_query_length characters (3 unless the element says).
        if ((value == null ? 0 : value.length()) < element.get().path("min_query_length").asInt(3)) {
            return error("min_query_length");
        }
        AppClient.Answer answer = app.sendPayload("block_suggestion " + actionId,
                payloads.blockSuggestion(person, view.get(), blockId, actionId, value == null ? "" : value));
        JsonNode options = answer.ok() ? parse(answer.body()) : null;
        if (options == null || !options.isObject()) {
            return error(answer.timedOut() ? "operation_timeout" : "options_load_failed");
        }
        var broken = BlockKitLimits.optionsAnswer(options);
        if (!broken.isEmpty()) {
            hood.ruleBroken("block_suggestion", "invalid_arguments", String.join("; ", broken));
            return error("invalid_arguments");
        }
        ObjectNode result = ok();
        result.set("options", options.path("options"));
        result.set("option_groups", options.path("option_groups"));
        return result;
    }

    /** A button or dispatched input in the modal. */
    ObjectNode viewAction(Person person, String viewId, String blockId, String actionId, JsonNode entered) {
        Optional<ObjectNode> view = withState(viewId, entered);
        Optional<JsonNode> element = view.flatMap(v -> Elements.find(v.path("blocks"), blockId, actionId));
        if (element.isEmpty()) {
            return error("action_not_found");
        }
        JsonNode current = view.get().path("state").path("values").path(blockId).path(actionId);
        ObjectNode action = ViewState.action(element.get(), blockId, current.isMissingNode() ? null : current);
        AppClient.Answer answer = app.sendPayload("block_actions " + actionId,
                payloads.blockActionsInView(person, view.get(), action, triggers.issue()));
        return answer.ok() ? ok() : error(answer.timedOut() ? "operation_timeout" : "dispatch_failed");
    }

    /** A button in a message; the payload carries a response_url for the app's answer. */
    ObjectNode messageAction(Person person, String ts, String blockId, String actionId) {
        Optional<ObjectNode> message = channel.byTs(ts);
        Optional<JsonNode> element = message.flatMap(m -> Elements.find(m.path("blocks"), blockId, actionId));
        if (element.isEmpty()) {
            return error("action_not_found");
        }
        String responseUrl = responseUrlBase.get() + responseUrls.issue(new ResponseUrls.Target(
                message.get().path("channel").asText(), person.id()));
        AppClient.Answer answer = app.sendPayload("block_actions " + actionId, payloads.blockActionsInMessage(
                person, message.get(), ViewState.action(element.get(), blockId, null), triggers.issue(), responseUrl));
        return answer.ok() ? ok() : error(answer.timedOut() ? "operation_timeout" : "dispatch_failed");
    }

    private Optional<ObjectNode> withState(String viewId, JsonNode entered) {
        Optional<ObjectNode> view = modals.current(viewId);
        view.ifPresent(v -> {
            ObjectNode values = ViewState.values(v, entered);
            modals.saveState(viewId, values);
            ((ObjectNode) v.get("state")).set("values", values);
        });
        return view;
    }

    private void commandAnswer(Person person, String body) {
        JsonNode answer = parse(body);
        ObjectNode message = answer != null && answer.isObject() ? (ObjectNode) answer
                : json.createObjectNode().put("text", body);
        boolean inChannel = "in_channel".equals(message.path("response_type").asText());
        channel.post(new Channel.Post(Workspace.CHANNEL_ID, Workspace.BOT_USER_ID, true,
                inChannel ? null : person.id(), message));
    }

    private void slackbot(Person person, String text) {
        channel.post(new Channel.Post(Workspace.CHANNEL_ID, "USLACKBOT", false, person.id(),
                json.createObjectNode().put("text", text)));
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static ObjectNode ok() {
        return JsonNodeFactory.instance.objectNode().put("ok", true);
    }

    private static ObjectNode error(String code) {
        return JsonNodeFactory.instance.objectNode().put("ok", false).put("error", code);
    }
}
