package newdeal.playground;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Slack Web API methods new-deal calls ({@code POST /api/{method}}), answered as Slack answers them: the token is
 * checked first ({@code not_authed}, {@code invalid_auth}), an unknown method gets {@code unknown_method}. Each call
 * shows in the Under the hood panel by method and outcome, never with its token or arguments.
 */
final class WebApi {
    private final String botToken;
    private final ObjectMapper json;
    private final Hood hood;
    private final ViewMethods views;
    private final ChatMethods chat;

    WebApi(String botToken, ObjectMapper json, Hood hood, ViewMethods views, ChatMethods chat) {
        this.botToken = botToken;
        this.json = json;
        this.hood = hood;
        this.views = views;
        this.chat = chat;
    }

    void handle(Context ctx) {
        long started = System.nanoTime();
        String method = ctx.pathParam("method");
        ObjectNode answer = ApiParams.read(ctx.contentType(), ctx.header("Authorization"), ctx.body(), json)
                .map(params -> authorized(params).orElseGet(() -> call(method, params)))
                .orElseGet(() -> ApiAnswer.error("invalid_json"));
        if ("unknown_method".equals(answer.path("error").asText())) {
            answer.put("req_method", method);
        }
        hood.record(Hood.Source.WEB_API, method, answer.path("ok").asBoolean() ? "ok"
                : answer.path("error").asText(), (System.nanoTime() - started) / 1_000_000);
        ctx.contentType("application/json; charset=utf-8").result(answer.toString());
    }

    /** Empty when the call carries the bot token; else Slack's answer to a call without a good one. */
    private Optional<ObjectNode> authorized(ApiParams params) {
        Optional<String> token = params.token();
        if (token.isEmpty()) {
            return Optional.of(ApiAnswer.error("not_authed"));
        }
        boolean same = MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                botToken.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.empty() : Optional.of(ApiAnswer.error("invalid_auth"));
    }

    private ObjectNode call(String method, ApiParams params) {
        return switch (method) {
            case "auth.test" -> authTest();
            case "views.open" -> views.open(params);
            case "views.update" -> views.update(params);
            case "views.push" -> views.push(params);
            case "views.publish" -> views.publish(params);
            case "chat.postMessage" -> chat.postMessage(params);
            case "chat.postEphemeral" -> chat.postEphemeral(params);
            case "users.info" -> usersInfo(params);
            default -> ApiAnswer.error("unknown_method");
        };
    }

    private static ObjectNode authTest() {
        return ApiAnswer.ok().put("url", "https://" + Workspace.TEAM_DOMAIN + ".slack.com/")
                .put("team", Workspace.TEAM_NAME).put("user", Workspace.APP_NAME).put("team_id", Workspace.TEAM_ID)
                .put("user_id", Workspace.BOT_USER_ID).put("bot_id", Workspace.BOT_ID)
                .put("is_enterprise_install", false);
    }

    /** users.info with the email (the app's users:read.email scope). */
    private static ObjectNode usersInfo(ApiParams params) {
        Optional<Person> person = params.text("user").flatMap(People::byId);
        if (person.isEmpty()) {
            return ApiAnswer.error("user_not_found");
        }
        Person p = person.get();
        ObjectNode answer = ApiAnswer.ok();
        ObjectNode user = answer.putObject("user").put("id", p.id()).put("team_id", Workspace.TEAM_ID)
                .put("name", p.username()).put("real_name", p.realName()).put("deleted", false)
                .put("is_bot", false).put("tz", "Europe/Berlin");
        user.putObject("profile").put("email", p.email()).put("real_name", p.realName())
                .put("display_name", p.username());
        return answer;
    }
}
