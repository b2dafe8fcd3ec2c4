package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The messages the page shows: the channel's, the app's direct messages to a member, and ephemeral ones (seen only
 * by the member they are for, marked so on the page). Each gets a Slack-shaped {@code ts}.
 */
final class Channel {
    private final ObjectMapper json;
    private final PageEvents events;
    private final Clock clock;
    private final List<ObjectNode> messages = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Who sent it and where it shows; {@code ephemeralTo} null for a message everyone in the channel sees. */
    record Post(String channelId, String senderUserId, boolean fromApp, String ephemeralTo, JsonNode body) {
    }

    Channel(ObjectMapper json, PageEvents events, Clock clock) {
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Adds the message and shows it; returns it as Slack's {@code message} object (with its ts). */
    ObjectNode post(Post post) {
        String ts = clock.millis() / 1000 + "." + String.format("%06d", sequence.incrementAndGet());
        ObjectNode message = json.createObjectNode().put("type", "message").put("ts", ts)
                .put("channel", post.channelId()).put("user", post.senderUserId())
                .put("text", post.body().path("text").asText(""));
        if (post.fromApp()) {
            message.put("bot_id", Workspace.BOT_ID).put("app_id", Workspace.APP_ID)
                    .put("username", Workspace.APP_NAME);
        }
        message.set("blocks", post.body().has("blocks") && post.body().get("blocks").isArray()
                ? post.body().get("blocks").deepCopy() : json.createArrayNode());
        if (post.body().has("mrkdwn")) {
            message.set("mrkdwn", post.body().get("mrkdwn"));
        }
        ObjectNode shown = PageJson.message(message);
        shown.put("ephemeral_to", post.ephemeralTo());
        shown.put("direct", post.channelId().startsWith("D"));
        synchronized (messages) {
            messages.add(shown);
        }
        events.publish("message", shown);
        return message;
    }

    Optional<ObjectNode> byTs(String ts) {
        synchronized (messages) {
            return messages.stream().filter(m -> m.path("ts").asText().equals(ts)).findFirst()
                    .map(ObjectNode::deepCopy);
        }
    }

    ArrayNode all() {
        synchronized (messages) {
            ArrayNode list = json.createArrayNode();
            messages.forEach(list::add);
            return list;
        }
    }

    /** The id of the app's direct message conversation with a member. */
    static String directChannel(String userId) {
        return "D" + userId.substring(1);
    }
}
