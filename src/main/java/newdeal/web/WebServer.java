package newdeal.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;

/** The HTTP face of new-deal: {@code POST /slack/events} for everything Slack sends, {@code GET /healthz}. */
public final class WebServer {
    public static final String EVENTS_PATH = "/slack/events";
    public static final String HEALTH_PATH = "/healthz";

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts serving on {@code port} (0 picks a free one). */
    public static WebServer start(int port, Handler slackEvents, Handler health) {
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
        });
        javalin.post(EVENTS_PATH, slackEvents).get(HEALTH_PATH, health).start(port);
        return new WebServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    /** Stops taking requests; Jetty lets the ones in progress finish. */
    public void stop() {
        javalin.stop();
    }
}
