package newdeal.playground;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Try new-deal in a browser: a Slack stand-in (page, Web API, response_urls) and a recorder in front of Pipeliner,
 * around the real app, which gets a made-up signing secret and bot token and is reached only over HTTP, as Slack
 * reaches it. Everything listens on 127.0.0.1.
 */
public final class Playground implements AutoCloseable {

    /**
     * Which Pipeliner the app uses. {@code serviceUrl} may complete after the start (the sandbox starts beside the
     * app, to start sooner): only the recorder needs it, once the app makes its first request.
     * {@code opportunityUrl} is the link template: a full URL, or a path (starting with {@code /}) of a page the
     * service itself serves, such as the sandbox's page per opportunity, then reached through the recorder.
     */
    public record Pipeliner(CompletableFuture<String> serviceUrl, String spaceId, String username, String password,
                            String opportunityUrl, boolean real) {
        @Override
        public String toString() {
            return "Pipeliner[space " + spaceId + (real ? ", real" : ", sandbox") + "]";
        }
    }

    /** Starts the app from an environment, as {@code main} does; the playground only learns its port. */
    @FunctionalInterface
    public interface AppStarter {
        RunningApp start(Map<String, String> env);
    }

    /** A started app: where it listens, and how to stop it. */
    public interface RunningApp {
        int port();

        void stop();
    }

    private final StandIn standIn;
    private final PipelinerRecorder recorder;
    private final PageEvents events;
    private RunningApp app;

    private Playground(StandIn standIn, PipelinerRecorder recorder, PageEvents events) {
        this.standIn = standIn;
        this.recorder = recorder;
        this.events = events;
    }

    /** Starts the stand-in on {@code port} (0 picks a free one), then the app behind it. */
    public static Playground start(int port, Pipeliner pipeliner, AppStarter starter) {
        return start(port, pipeliner, starter, Clock.systemUTC());
    }

    /** {@code clock} times triggers and response_urls (tests move it instead of waiting). */
    static Playground start(int port, Pipeliner pipeliner, AppStarter starter, Clock clock) {
        ObjectMapper json = new ObjectMapper();
        Secrets secrets = Secrets.generate();
        PageEvents events = new PageEvents();
        Hood hood = new Hood(json, events, clock);
        PipelinerRecorder recorder = new PipelinerRecorder(pipeliner.serviceUrl(), hood);
        Modals modals = new Modals(json, events);
        Channel channel = new Channel(json, events, clock);
        Triggers triggers = new Triggers(clock);
        ResponseUrls responseUrls = new ResponseUrls(clock);
        ChatMethods chat = new ChatMethods(channel, hood);
        WebApi api = new WebApi(secrets.botToken(), json, hood, new ViewMethods(triggers, modals, hood), chat);
        AppClient appClient = new AppClient(secrets.signingSecret(), hood);
        Payloads payloads = new Payloads(secrets.verificationToken());
        StandIn standIn = StandIn.create();
        PageActions actions = new PageActions(json, appClient, payloads, triggers, responseUrls,
                () -> standIn.url() + "response/", modals, channel, hood);
        PageRoutes page = new PageRoutes(json, actions, new Submissions(json, appClient, payloads, triggers, modals,
                hood));
        try {
            standIn.start(port, json, events, api, new ResponseUrlPosts(json, responseUrls, chat, channel, hood), page);
        } catch (RuntimeException e) {
            recorder.close();
            throw e;
        }
        Playground playground = new Playground(standIn, recorder, events);
        events.snapshotFrom(() -> snapshot(json, pipeliner, channel, modals, hood));
        try {
            playground.app = starter.start(appEnv(secrets, playground, pipeliner));
        } catch (RuntimeException e) {
            playground.stop();
            throw e;
        }
        appClient.target(playground.app.port());
        return playground;
    }

    /** The page's address, e.g. {@code http://127.0.0.1:3000/}. */
    public String url() {
        return standIn.url();
    }

    /** Stops the app first (it may still call the stand-in while it finishes), then the rest. */
    public void stop() {
        if (app != null) {
            app.stop();
        }
        events.closeAll();
        standIn.stop();
        recorder.close();
    }

    @Override
    public void close() {
        stop();
    }

    private static Map<String, String> appEnv(Secrets secrets, Playground playground, Pipeliner pipeliner) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("SLACK_SIGNING_SECRET", secrets.signingSecret());
        env.put("SLACK_BOT_TOKEN", secrets.botToken());
        env.put("SLACK_API_URL", playground.url() + "api/");
        env.put("PIPELINER_SERVICE_URL", playground.recorder.baseUrl());
        env.put("PIPELINER_SPACE_ID", pipeliner.spaceId());
        env.put("PIPELINER_API_USERNAME", pipeliner.username());
        env.put("PIPELINER_API_PASSWORD", pipeliner.password());
        String link = pipeliner.opportunityUrl();
        env.put("PIPELINER_OPPORTUNITY_URL", link.startsWith("/") ? playground.recorder.baseUrl() + link : link);
        return env;
    }

    private static ObjectNode snapshot(ObjectMapper json, Pipeliner pipeliner, Channel channel, Modals modals,
                                       Hood hood) {
        ObjectNode snapshot = json.createObjectNode();
        snapshot.putObject("workspace").put("team", Workspace.TEAM_NAME).put("channel", Workspace.CHANNEL_NAME)
                .put("channel_id", Workspace.CHANNEL_ID).put("app", Workspace.APP_NAME)
                .put("app_user_id", Workspace.BOT_USER_ID).put("command", Workspace.COMMAND);
        snapshot.set("people", People.json(json));
        snapshot.putObject("pipeliner").put("real", pipeliner.real())
                .put("host", pipeliner.real() ? URI.create(pipeliner.serviceUrl().join()).getHost() : "sandbox");
        snapshot.set("messages", channel.all());
        snapshot.set("modal", modals.snapshot());
        snapshot.set("hood", hood.recent());
        return snapshot;
    }
}
