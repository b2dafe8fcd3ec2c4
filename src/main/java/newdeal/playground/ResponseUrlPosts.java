package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /response/{id}}: a slash command's response_url. The JSON body's text and blocks become a message in
 * the command's channel, ephemeral unless {@code response_type} is {@code in_channel}. Slack's answers: {@code ok},
 * or 404 {@code used_url} / {@code expired_url}, or 400 {@code invalid_blocks}.
 */
final class ResponseUrlPosts {
    private final ObjectMapper json;
    private final ResponseUrls urls;
    private final ChatMethods chat;
    private final Channel channel;
    private final Hood hood;

    ResponseUrlPosts(ObjectMapper json, ResponseUrls urls, ChatMethods chat, Channel channel, Hood hood) {
        this.json = json;
        this.urls = urls;
        this.chat = chat;
        this.channel = channel;
        this.hood = hood;
    }

    void handle(Context ctx) {
        long started = System.nanoTime();
        int status;
        String answer;
        ResponseUrls.Use use = urls.post(ctx.pathParam("id"));
        JsonNode body = parse(ctx.body());
        if (use.target().isEmpty()) {
            hood.ruleBroken("response_url", use.error(), "a response_url takes " + ResponseUrls.USES
                    + " posts within " + ResponseUrls.VALID.toMinutes() + " minutes");
            status = 404;
            answer = use.error();
        } else if (body == null || !body.isObject()) {
            status = 400;
            answer = "invalid_payload";
        } else {
            ObjectNode message = json.createObjectNode();
            Optional.ofNullable(body.get("text")).ifPresent(t -> message.put("text", t.asText()));
            ChatMethods.Checked checked = chat.checked("response_url", message,
                    Optional.ofNullable(body.get("blocks")).filter(b -> !b.isNull()));
            if (checked.refusal() != null) {
                status = 400;
                answer = checked.refusal().path("error").asText();
            } else {
                ResponseUrls.Target target = use.target().get();
                boolean inChannel = "in_channel".equals(body.path("response_type").asText());
                channel.post(new Channel.Post(target.channelId(), Workspace.BOT_USER_ID, true,
                        inChannel ? null : target.userId(), checked.body()));
                status = 200;
                answer = "ok";
            }
        }
        hood.record(Hood.Source.WEB_API, "response_url", status == 200 ? "ok" : answer,
                (System.nanoTime() - started) / 1_000_000);
        ctx.status(status).contentType("text/plain; charset=utf-8").result(answer);
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "null" : body);
        } catch (IOException e) {
            return null;
        }
    }
}
