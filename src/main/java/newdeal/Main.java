package newdeal;

import static newdeal.Pools.named;
import static newdeal.Pools.shutdown;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import newdeal.deal.AccountIndex;
import newdeal.deal.AccountSync;
import newdeal.deal.CatalogCache;
import newdeal.deal.DealService;
import newdeal.deal.Directory;
import newdeal.deal.InMemorySeenSignatures;
import newdeal.pipeliner.PipelinerClient;
import newdeal.sandbox.Sandbox;
import newdeal.sandbox.SandboxMain;
import newdeal.slack.NewDealSlack;
import newdeal.slack.SlackTimings;
import newdeal.web.BoltAdapter;
import newdeal.web.HealthFacts;
import newdeal.web.HealthHandler;
import newdeal.web.HealthState;
import newdeal.web.SocketModeConnection;
import newdeal.web.WebServer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads the configuration, wires every part by hand, starts them, and stops them in order.
 * {@code java -jar new-deal.jar} runs the app; {@code java -jar new-deal.jar sandbox [--port N]} the sandbox alone;
 * {@code java -jar new-deal.jar playground [--port N]} the app with a Slack stand-in page ({@link PlaygroundCommand}).
 */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);
    private static final String SOCKET_MODE_ONLY = "new-deal takes Slack's requests over Socket Mode (SLACK_APP_TOKEN is"
            + " set), not at this URL";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("sandbox")) {
            SandboxMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("playground")) {
            PlaygroundCommand.main(Arrays.copyOfRange(args, 1, args.length), System.getenv());
            return;
        }
        Running running;
        try {
            running = start(System.getenv(), Timings.defaults());
        } catch (Config.Invalid e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("new-deal could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "new-deal-shutdown"));
    }

    /**
     * How long things may take. {@code create} is a create's deadline from the submit; tests shorten what they need
     * by name: {@code Timings.defaults().withCreateDeadline(Duration.ofMillis(2500))}.
     */
    public record Timings(Duration pipelinerSearch, Duration create, Duration catalogLoad, Duration catalogRefresh,
                          Duration shutdownWait, SlackTimings slack) {
        // A create's deadline (8 s from the submit) is shorter than the shutdown wait (10 s): every create in flight
        // when SIGTERM arrives ends, one way or another, before the process does.
        public static Timings defaults() {
            return new Timings(Duration.ofMillis(2000), Duration.ofSeconds(8), Duration.ofSeconds(10),
                    Duration.ofMinutes(5), Duration.ofSeconds(10), SlackTimings.defaults());
        }

        public Timings withPipelinerSearch(Duration deadline) {
            return new Timings(deadline, create, catalogLoad, catalogRefresh, shutdownWait, slack);
        }

        public Timings withCreateDeadline(Duration deadline) {
            return new Timings(pipelinerSearch, deadline, catalogLoad, catalogRefresh, shutdownWait, slack);
        }

        public Timings withCatalogLoad(Duration deadline) {
            return new Timings(pipelinerSearch, create, deadline, catalogRefresh, shutdownWait, slack);
        }

        public Timings withCatalogRefresh(Duration every) {
            return new Timings(pipelinerSearch, create, catalogLoad, every, shutdownWait, slack);
        }

        public Timings withShutdownWait(Duration wait) {
            return new Timings(pipelinerSearch, create, catalogLoad, catalogRefresh, wait, slack);
        }

        public Timings withSlack(SlackTimings timings) {
            return new Timings(pipelinerSearch, create, catalogLoad, catalogRefresh, shutdownWait, timings);
        }

        /** Changes only the Slack side's timings: {@code withSlack(s -> s.withSubmitWait(...))}. */
        public Timings withSlack(UnaryOperator<SlackTimings> change) {
            return withSlack(change.apply(slack));
        }
    }

    /** Starts the whole app from an environment map; throws {@link Config.Invalid} naming every problem. */
    public static Running start(Map<String, String> env, Timings timings) {
        return start(env, timings, null, UnaryOperator.identity());
    }

    /** As {@link #start(Map, Timings)}, listening on {@code host} only (the playground's 127.0.0.1); null: all. */
    public static Running start(Map<String, String> env, Timings timings, String host) {
        return start(env, timings, host, UnaryOperator.identity());
    }

    /** {@code http} adds to the one HTTP client every other is built from: tests watch the sockets it opens. */
    static Running start(Map<String, String> env, Timings timings, String host,
                         UnaryOperator<OkHttpClient.Builder> http) {
        Config config = Config.from(env);
        log.info("Starting new-deal with {}", config);
        Running running = new Running(timings, host, http);
        try {
            running.boot(config);
        } catch (RuntimeException e) {
            running.stop();
            throw e;
        }
        return running;
    }

    /** A started app: its port, and {@link #stop()} to shut it down gracefully. */
    public static final class Running {
        private final Timings timings;
        private final Clock clock = Clock.systemUTC();
        private final UnaryOperator<OkHttpClient.Builder> httpTap;
        private ObjectMapper json;
        private OkHttpClient http;
        private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4, named("catalog"));
        private final ExecutorService creates = Executors.newFixedThreadPool(8, named("create"));
        private final ExecutorService background = Executors.newFixedThreadPool(32, named("slack-background"));
        private final ExecutorService finishes = Executors.newFixedThreadPool(4, named("slack-finish"));
        private final ScheduledExecutorService indexer = Executors.newSingleThreadScheduledExecutor(
                named("account-index"));
        private final ExecutorService searches = Pools.searchPool();
        private final HealthState health = new HealthState();
        private final String version = BuildVersion.read();
        private final String host;
        private final AccountIndex accounts = new AccountIndex();
        private PipelinerClient pipeliner;
        private CatalogCache catalogs;
        private Sandbox sandbox;
        private DealService deals;
        private App app;
        private WebServer web;
        private SocketModeConnection socketMode;

        private Running(Timings timings, String host, UnaryOperator<OkHttpClient.Builder> httpTap) {
            this.timings = timings;
            this.host = host;
            this.httpTap = httpTap;
        }

        public int port() {
            return web.port();
        }

        /**
         * The web server (Jetty and Javalin) starts on a thread of its own while the rest is built and the Slack side
         * warms up on this one, and the catalog loads on the scheduler's: on two cores, that is what makes the start
         * short. Until the rest is there, the server answers 503, as /healthz does while starting.
         */
        private void boot(Config config) {
            LateHandler events = new LateHandler("new-deal is starting", "text/plain");
            LateHandler healthz = new LateHandler("{\"status\": \"starting\"}", "application/json");
            CompletableFuture<WebServer> server = CompletableFuture.supplyAsync(
                    () -> WebServer.start(host, config.port(), events, healthz),
                    runnable -> named("web-start").newThread(runnable).start());
            try {
                build(config, events, healthz);
            } catch (RuntimeException e) {
                server.thenAccept(WebServer::stop); // started meanwhile: it must not outlive the failed start
                throw e;
            }
            web = started(server);
            if (config.slackAppToken().isPresent()) {
                socketMode = new SocketModeConnection(app, config.slackAppToken().get(), health);
                socketMode.start();
                health.started(true); // /healthz still says "starting" until the websocket is open
            } else {
                startBolt();
                log.info("new-deal takes Slack's requests on port {} at {}", web.port(), WebServer.EVENTS_PATH);
            }
            // The index loads once the app is up and the form's catalog is in: it must not slow either.
            catalogs.ready().whenComplete((catalog, failure) -> new AccountSync(pipeliner, accounts, clock, indexer,
                    AccountSync.REFRESH_EVERY, timings.catalogLoad(), AccountIndex.MAX_ACCOUNTS).start());
        }

        private void build(Config config, LateHandler events, LateHandler healthz) {
            json = new ObjectMapper();
            http = httpTap.apply(HttpClients.base()).build();
            pipeliner = HttpClients.pipeliner(config.pipeliner().orElseGet(this::embeddedSandbox), http, json, clock,
                    version);
            catalogs = new CatalogCache(pipeliner, clock, scheduler, timings.catalogRefresh(), timings.catalogLoad());
            catalogs.start();
            Directory directory = new Directory(pipeliner, clock, timings.pipelinerSearch(), accounts, searches);
            deals = new DealService(pipeliner, catalogs, clock, creates, timings.create());
            healthz.set(new HealthHandler(HealthFacts.of(version, config.socketMode(), config.pipelinerTarget()), health,
                    catalogs::status, accounts::status, clock, json));
            Slack slack = HttpClients.slack(config.slackApiUrl(), http);
            // Bolt keeps auth.test's answer from app.start() for good (-1): by default it asks again inside the first
            // request and after every 10 minutes, a Slack round trip before views.open and a 401 if it fails.
            app = new App(AppConfig.builder().signingSecret(config.slackSigningSecret())
                    .singleTeamBotToken(config.slackBotToken()).authTestCacheExpirationMillis(-1).slack(slack).build());
            String space = config.pipeliner().map(Config.PipelinerAccess::spaceId).orElse(Sandbox.SPACE_ID);
            NewDealSlack newDeal = new NewDealSlack(new NewDealSlack.Parts(catalogs, directory, deals, slack,
                    config.slackBotToken(), json, id -> config.opportunityUrl(space, id)), clock, background,
                    finishes, timings.slack());
            newDeal.register(app);
            newDeal.warmUp();
            events.set(config.slackAppToken().isPresent() ? ctx -> ctx.status(404).result(SOCKET_MODE_ONLY)
                    : new BoltAdapter(app, new InMemorySeenSignatures(clock), clock));
        }

        private static WebServer started(CompletableFuture<WebServer> server) {
            try {
                return server.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        }

        /** Bolt's start calls auth.test; a refusal leaves the app up (health says so) and tries again later. */
        private void startBolt() {
            try {
                app.start();
                health.started(true);
            } catch (RuntimeException e) {
                log.error("Slack's auth.test failed at start ({}); check SLACK_BOT_TOKEN. Trying again in 30 s.",
                        e.getMessage());
                if (!health.isStarted()) {
                    health.started(false);
                }
                scheduler.schedule(this::startBolt, 30, TimeUnit.SECONDS);
            }
        }

        private Config.PipelinerAccess embeddedSandbox() {
            sandbox = Sandbox.start(0);
            log.info("PIPELINER_SERVICE_URL is not set: using the embedded Pipeliner sandbox at {}",
                    sandbox.baseUrl());
            return new Config.PipelinerAccess(sandbox.baseUrl(), sandbox.spaceId(), sandbox.username(),
                    sandbox.password());
        }

        /**
         * Stops taking requests and lets the ones in progress be answered, then lets creates still in flight finish
         * (both within the shutdown wait), then stops the rest.
         */
        public void stop() {
            log.info("new-deal is stopping");
            long stopping = System.nanoTime();
            Optional.ofNullable(socketMode).ifPresent(SocketModeConnection::stop);
            Optional.ofNullable(web).ifPresent(WebServer::stop);
            Duration left = timings.shutdownWait().minusNanos(System.nanoTime() - stopping);
            if (deals != null && !deals.awaitInFlight(left.isNegative() ? Duration.ZERO : left)) {
                log.warn("Stopping with deal creates still in flight after {}", timings.shutdownWait());
            }
            // Creates still running are interrupted first, so that their outcome can still reach the rep through
            // the finishes pool, which gets its own moment before it stops.
            shutdown(creates, Duration.ZERO);
            shutdown(background, Duration.ofSeconds(2));
            shutdown(finishes, Duration.ofSeconds(2));
            shutdown(searches, Duration.ZERO);
            shutdown(indexer, Duration.ZERO);
            Optional.ofNullable(app).ifPresent(App::stop);
            shutdown(scheduler, Duration.ZERO);
            Optional.ofNullable(sandbox).ifPresent(Sandbox::stop);
            Optional.ofNullable(http).ifPresent(client -> {
                client.dispatcher().executorService().shutdown();
                client.connectionPool().evictAll();
            });
        }
    }
}
