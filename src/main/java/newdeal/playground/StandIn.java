package newdeal.playground;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * The Slack stand-in's HTTP server on 127.0.0.1: the page and its files ({@code /}), its live feed and actions
 * ({@code /page/...}), the Web API the app calls ({@code /api/{method}}) and response_urls ({@code /response/{id}}).
 */
final class StandIn {
    private final Javalin javalin;

    private StandIn(Javalin javalin) {
        this.javalin = javalin;
    }

    /** The server with the page's files; {@link #start} adds the routes and starts it. */
    static StandIn create() {
        return new StandIn(Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/playground";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "no-cache");
            });
        }));
    }

    void start(int port, ObjectMapper json, PageEvents events, WebApi api, ResponseUrlPosts responses,
               PageRoutes page) {
        javalin.post("/api/{method}", api::handle)
                .post("/response/{id}", responses::handle)
                .sse("/page/events", events::connect)
                .post("/page/message", page::message)
                .post("/page/suggest", page::suggest)
                .post("/page/action", page::action)
                .post("/page/submit", page::submit)
                .post("/page/close", page::close)
                .exception(com.fasterxml.jackson.core.JsonProcessingException.class, (e, ctx) -> ctx.status(400)
                        .contentType("application/json").result(json.createObjectNode().put("ok", false)
                                .put("error", "invalid_json").toString()))
                .start("127.0.0.1", port);
    }

    /** The page's address once started, e.g. {@code http://127.0.0.1:3000/}. */
    String url() {
        return "http://127.0.0.1:" + javalin.port() + "/";
    }

    void stop() {
        javalin.stop();
    }
}
