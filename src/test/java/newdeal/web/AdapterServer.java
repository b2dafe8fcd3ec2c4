package newdeal.web;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.time.Clock;
import java.util.function.UnaryOperator;
import newdeal.deal.InMemorySeenSignatures;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SlackRequests;

/** A Bolt app behind {@link BoltAdapter} in a {@link WebServer}, with Slack faked: the web layer on its own. */
final class AdapterServer implements AutoCloseable {
    static final String SECRET = "adapter0test0signing0secret00000";

    final FakeSlackApi slack = FakeSlackApi.start();
    final SlackRequests requests = new SlackRequests(SECRET);
    final WebServer server;

    private AdapterServer(Defences defences, UnaryOperator<App> listeners) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        App app = listeners.apply(new App(AppConfig.builder().signingSecret(SECRET)
                .singleTeamBotToken("xoxb-adapter-test").slack(Slack.getInstance(config)).build()));
        app.start();
        server = WebServer.start(0, defences,
                new BoltAdapter(app, new InMemorySeenSignatures(Clock.systemUTC()), Clock.systemUTC()),
                ctx -> ctx.result("ok"));
    }

    /** With a {@code /new-deal} listener that answers "Hello" and the given defences. */
    static AdapterServer greeting(Defences defences) {
        return new AdapterServer(defences, app -> app.command("/new-deal", (req, ctx) -> ctx.ack("Hello")));
    }

    static AdapterServer with(UnaryOperator<App> listeners) {
        return new AdapterServer(Defences.defaults(), listeners);
    }

    int port() {
        return server.port();
    }

    String eventsUrl() {
        return "http://127.0.0.1:" + port() + WebServer.EVENTS_PATH;
    }

    String healthUrl() {
        return "http://127.0.0.1:" + port() + WebServer.HEALTH_PATH;
    }

    @Override
    public void close() {
        server.stop();
        slack.close();
    }
}
