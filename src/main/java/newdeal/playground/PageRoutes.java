package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;

/** The page's own requests ({@code POST /page/...}, JSON in and out), handed to {@link PageActions} and {@link Submissions}. */
final class PageRoutes {
    private final ObjectMapper json;
    private final PageActions actions;
    private final Submissions submissions;

    PageRoutes(ObjectMapper json, PageActions actions, Submissions submissions) {
        this.json = json;
        this.actions = actions;
        this.submissions = submissions;
    }

    void message(Context ctx) throws IOException {
        JsonNode in = body(ctx);
        send(ctx, actions.message(person(in), in.path("text").asText("")));
    }

    void suggest(Context ctx) throws IOException {
        JsonNode in = body(ctx);
        send(ctx, actions.suggest(person(in), in.path("view_id").asText(), in.path("block_id").asText(),
                in.path("action_id").asText(), in.path("value").asText(""), in.path("values")));
    }

    void action(Context ctx) throws IOException {
        JsonNode in = body(ctx);
        if (in.hasNonNull("message_ts")) {
            send(ctx, actions.messageAction(person(in), in.path("message_ts").asText(), in.path("block_id").asText(),
                    in.path("action_id").asText()));
        } else {
            send(ctx, actions.viewAction(person(in), in.path("view_id").asText(), in.path("block_id").asText(),
                    in.path("action_id").asText(), in.path("values")));
        }
    }

    void submit(Context ctx) throws IOException {
        JsonNode in = body(ctx);
        send(ctx, submissions.submit(person(in), in.path("view_id").asText(), in.path("values")));
    }

    void close(Context ctx) throws IOException {
        JsonNode in = body(ctx);
        send(ctx, submissions.close(person(in), in.path("view_id").asText(), in.path("values"),
                in.path("all").asBoolean(false)));
    }

    private JsonNode body(Context ctx) throws IOException {
        JsonNode in = json.readTree(ctx.body().isBlank() ? "{}" : ctx.body());
        return in.isObject() ? in : json.createObjectNode();
    }

    private static Person person(JsonNode in) {
        return People.orFirst(in.path("user").asText());
    }

    private static void send(Context ctx, ObjectNode answer) {
        ctx.contentType("application/json; charset=utf-8").result(answer.toString());
    }
}
