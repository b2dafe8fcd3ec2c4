package newdeal.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.component.Graceful;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of new-deal: {@code POST /slack/events} for everything Slack sends, {@code GET /healthz}. Jetty is
 * set up with the {@link Defences} against slow and endless clients; bodies are read (and limited) by the handler
 * that needs one, {@link BoltAdapter}, never by the others.
 */
public final class WebServer {
    public static final String EVENTS_PATH = "/slack/events";
    public static final String HEALTH_PATH = "/healthz";
    /** Slack gives up on a request after 3 s, so no request in progress needs longer than this to be answered. */
    static final Duration STOP_WAIT = Duration.ofSeconds(5);
    /** How long an open connection with no request in progress is kept once stopping (Jetty's default: 1 s). */
    private static final Duration IDLE_ON_STOP = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts serving on every interface on {@code port} (0 picks a free one) with the default defences. */
    public static WebServer start(int port, Handler slackEvents, Handler health) {
        return start(null, port, Defences.defaults(), slackEvents, health);
    }

    /** Starts serving on {@code host} only ({@code null}: every interface) with the default defences. */
    public static WebServer start(String host, int port, Handler slackEvents, Handler health) {
        return start(host, port, Defences.defaults(), slackEvents, health);
    }

    public static WebServer start(int port, Defences defences, Handler slackEvents, Handler health) {
        return start(null, port, defences, slackEvents, health);
    }

    public static WebServer start(String host, int port, Defences defences, Handler slackEvents, Handler health) {
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.modifyServer(server -> {
                // Jetty knows which requests are in progress only through a StatisticsHandler; Javalin puts its own
                // handler inside this one.
                server.setHandler(new StatisticsHandler());
                ConnectionLimit limit = new ConnectionLimit(defences.maxConnections(), server);
                limit.setIdleTimeout(defences.idleWhenFull().toMillis());
                server.addBean(limit);
                server.addBean(new ReceiveDeadline(server, defences.receiveDeadline()));
            });
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(defences.requestIdle().toMillis());
                http.setMinRequestDataRate(defences.minBodyRate());
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(defences.keepAlive().toMillis());
                return connector;
            });
        });
        javalin.post(EVENTS_PATH, slackEvents).get(HEALTH_PATH, health).start();
        return new WebServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    /**
     * Stops taking requests (no new connection is accepted; a new request on an open one gets 503), waits up to
     * {@link #STOP_WAIT} until the requests in progress are answered and their connections closed, then stops Jetty.
     * (Jetty's own stop timeout does the same, but then gives its thread pool at least another second, every time.)
     */
    public void stop() {
        Server server = javalin.jettyServer().server();
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector open) {
                open.setShutdownIdleTimeout(IDLE_ON_STOP.toMillis());
            }
        }
        try {
            Graceful.shutdown(server).get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Requests still in progress after {} s are cut off", STOP_WAIT.toSeconds());
        } catch (ExecutionException e) {
            log.warn("Jetty's graceful shutdown failed: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        javalin.stop();
    }
}
