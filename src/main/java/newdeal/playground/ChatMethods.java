package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * chat.postMessage and chat.postEphemeral into the playground's channel, or (postMessage with a member's id as
 * channel) into the app's direct messages with them. Blocks are held to Slack's limits ({@code invalid_blocks}).
 */
final class ChatMethods {
    private final Channel channel;
    private final Hood hood;

    ChatMethods(Channel channel, Hood hood) {
        this.channel = channel;
        this.hood = hood;
    }

    ObjectNode postMessage(ApiParams params) {
        Optional<String> to = params.text("channel");
        if (to.isEmpty()) {
            return ApiAnswer.error("channel_not_found");
        }
        Optional<String> conversation = conversation(to.get());
        if (conversation.isEmpty()) {
            return ApiAnswer.error("channel_not_found");
        }
        Checked message = message("chat.postMessage", params);
        if (message.refusal() != null) {
            return message.refusal();
        }
        ObjectNode sent = channel.post(new Channel.Post(conversation.get(), Workspace.BOT_USER_ID, true, null,
                message.body()));
        ObjectNode answer = ApiAnswer.ok().put("channel", conversation.get()).put("ts", sent.path("ts").asText());
        answer.set("message", sent);
        return answer;
    }

    ObjectNode postEphemeral(ApiParams params) {
        Optional<String> to = params.text("channel").flatMap(ChatMethods::conversation);
        if (to.isEmpty()) {
            return ApiAnswer.error("channel_not_found");
        }
        Optional<Person> user = params.text("user").flatMap(People::byId);
        if (user.isEmpty()) {
            return ApiAnswer.error("user_not_in_channel");
        }
        Checked message = message("chat.postEphemeral", params);
        if (message.refusal() != null) {
            return message.refusal();
        }
        return ApiAnswer.ok().put("message_ts", channel.post(new Channel.Post(to.get(), Workspace.BOT_USER_ID, true,
                user.get().id(), message.body())).path("ts").asText());
    }

    /** A message's text and blocks as Slack takes them, or Slack's answer refusing them. */
    record Checked(ObjectNode body, ObjectNode refusal) {
    }

    /** The text and blocks of a message, checked as Slack checks them. */
    Checked message(String method, ApiParams params) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        params.text("text").ifPresent(t -> body.put("text", t));
        params.text("mrkdwn").ifPresent(m -> body.put("mrkdwn", Boolean.parseBoolean(m)));
        return checked(method, body, params.jsonValue("blocks"));
    }

    /** Also for response_url posts, whose JSON body holds text and blocks. */
    Checked checked(String method, ObjectNode body, Optional<JsonNode> blocks) {
        if (blocks.isPresent() && !blocks.get().isArray()) {
            return refuse(method, "invalid_blocks", List.of("[ERROR] blocks must be a JSON array"));
        }
        blocks.ifPresent(b -> body.set("blocks", b));
        if (!body.has("text") && (blocks.isEmpty() || blocks.get().isEmpty())) {
            return refuse(method, "no_text", List.of());
        }
        List<String> broken = blocks.map(BlockKitLimits::message).orElse(List.of());
        if (!broken.isEmpty()) {
            return refuse(method, "invalid_blocks", broken);
        }
        return new Checked(body, null);
    }

    private Checked refuse(String method, String code, List<String> messages) {
        hood.ruleBroken(method, code, messages.isEmpty() ? "neither text nor blocks" : String.join("; ", messages));
        return new Checked(null, ApiAnswer.invalid(code, messages));
    }

    /** The channel, a member's id (their DM with the app), or a DM id; empty for anything else. */
    private static Optional<String> conversation(String to) {
        if (to.equals(Workspace.CHANNEL_ID) || to.equals("#" + Workspace.CHANNEL_NAME)) {
            return Optional.of(Workspace.CHANNEL_ID);
        }
        if (People.byId(to).isPresent()) {
            return Optional.of(Channel.directChannel(to));
        }
        boolean direct = to.startsWith("D") && People.byId("U" + to.substring(1)).isPresent();
        return direct ? Optional.of(to) : Optional.empty();
    }
}
