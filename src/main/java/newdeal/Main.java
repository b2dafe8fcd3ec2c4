package newdeal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import newdeal.deal.AccountIndex;
import newdeal.deal.AccountSync;
import newdeal.deal.CatalogCache;
import newdeal.deal.DealService;
import newdeal.deal.Directory;
import newdeal.pipeliner.NoDelaySocketFactory;
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
 * {@code java -jar new-deal.jar} runs the app; {@code java -jar new-deal.jar sandbox [--port N]} the sandbox alone.
 */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);
    /** A Web API call must end in time for its listener to answer inside Slack's 3 s. */
    private static final Duration SLACK_CALL_TIMEOUT = Duration.ofMillis(2500);
    private static final Duration SLACK_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final int SEARCH_THREADS = 16;
    private static final int SEARCH_QUEUE = 64;
    private static final String SOCKET_MODE_ONLY = "new-deal takes Slack's requests over Socket Mode (SLACK_APP_TOKEN is"
            + " set), not at this URL";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("sandbox")) {
            SandboxMain.main(Arrays.copyOfRange(args, 1, args.length));
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

    /** How long things may take; tests pass short ones. */
    public record Timings(Duration pipelinerSearch, Duration create, Duration catalogLoad, Duration catalogRefresh,
                          Duration shutdownWait, SlackTimings slack) {
        // A create's deadline (8 s from the submit) is shorter than the shutdown wait (10 s): every create in flight
        // when SIGTERM arrives ends, one way or another, before the process does.
        public static Timings defaults() {
            return new Timings(Duration.ofMillis(2000), Duration.ofSeconds(8), Duration.ofSeconds(10),
                    Duration.ofMinutes(5), Duration.ofSeconds(10), SlackTimings.defaults());
        }
    }

    /** Starts the whole app from an environment map; throws {@link Config.Invalid} naming every problem. */
    public static Running start(Map<String, String> env, Timings timings) {
        return start(env, timings, UnaryOperator.identity());
    }

    /** {@code http} adds to the one HTTP client every other is built from: tests watch the sockets it opens. */
    static Running start(Map<String, String> env, Timings timings, UnaryOperator<OkHttpClient.Builder> http) {
        Config config = Config.from(env);
        log.info("Starting new-deal with {}", config);
        Running running = new Running(timings, http.apply(baseHttp()).build());
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
        private final ObjectMapper json = new ObjectMapper();
        private final OkHttpClient http;
        private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4, named("catalog"));
        private final ExecutorService creates = Executors.newFixedThreadPool(8, named("create"));
        private final ExecutorService background = Executors.newFixedThreadPool(32, named("slack-background"));
        private final ExecutorService finishes = Executors.newFixedThreadPool(4, named("slack-finish"));
        private final ScheduledExecutorService indexer = Executors.newSingleThreadScheduledExecutor(
                named("account-index"));
        private final ExecutorService searches = searchPool();
        private final HealthState health = new HealthState();
        private Sandbox sandbox;
        private DealService deals;
        private App app;
        private WebServer web;
        private SocketModeConnection socketMode;

        private Running(Timings timings, OkHttpClient http) {
            this.timings = timings;
            this.http = http;
        }

        public int port() {
            return web.port();
        }

        private void boot(Config config) {
            PipelinerClient pipeliner = pipeliner(config);
            CatalogCache catalogs = new CatalogCache(pipeliner, clock, scheduler, timings.catalogRefresh(),
                    timings.catalogLoad());
            catalogs.start();
            AccountIndex accounts = new AccountIndex();
            AccountSync sync = new AccountSync(pipeliner, accounts, clock, indexer, AccountSync.REFRESH_EVERY,
                    timings.catalogLoad(), AccountIndex.MAX_ACCOUNTS);
            // The form's catalog first: it is what the first command needs.
            catalogs.ready().whenComplete((catalog, failure) -> sync.start());
            Directory directory = new Directory(pipeliner, clock, timings.pipelinerSearch(), accounts, searches);
            deals = new DealService(pipeliner, catalogs, clock, creates, timings.create());
            Slack slack = slack(config);
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
            HealthHandler healthz = new HealthHandler(HealthFacts.of(config.socketMode(), config.pipelinerTarget()),
                    health, catalogs::status, accounts::status, clock, json);
            if (config.slackAppToken().isPresent()) {
                web = WebServer.start(config.port(), ctx -> ctx.status(404).result(SOCKET_MODE_ONLY), healthz);
                socketMode = new SocketModeConnection(app, config.slackAppToken().get(), health);
                socketMode.start();
                health.started(true); // /healthz still says "starting" until the websocket is open
            } else {
                web = WebServer.start(config.port(), new BoltAdapter(app), healthz);
                startBolt();
                log.info("new-deal takes Slack's requests on port {} at {}", web.port(), WebServer.EVENTS_PATH);
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

        private PipelinerClient pipeliner(Config config) {
            Config.PipelinerAccess access = config.pipeliner().orElseGet(this::embeddedSandbox);
            return PipelinerClient.builder().serviceUrl(access.serviceUrl()).spaceId(access.spaceId())
                    .credentials(access.username(), access.password()).mapper(json).baseClient(http).clock(clock)
                    .build();
        }

        private Config.PipelinerAccess embeddedSandbox() {
            sandbox = Sandbox.start(0);
            log.info("PIPELINER_SERVICE_URL is not set: using the embedded Pipeliner sandbox at {}",
                    sandbox.baseUrl());
            return new Config.PipelinerAccess(sandbox.baseUrl(), sandbox.spaceId(), sandbox.username(),
                    sandbox.password());
        }

        private Slack slack(Config config) {
            SlackConfig slackConfig = new SlackConfig();
            slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
            slackConfig.setStatsEnabled(false);
            // Pipeliner's timeouts (read 10 s) would let a slow views.open hold a listener past Slack's 3 s: Slack's
            // calls get their own, on the same connection pool and dispatcher.
            OkHttpClient slackHttp = http.newBuilder().connectTimeout(SLACK_CONNECT_TIMEOUT)
                    .callTimeout(SLACK_CALL_TIMEOUT).build();
            return Slack.getInstance(slackConfig, new SlackHttpClient(slackHttp));
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
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }

        private static void shutdown(ExecutorService executor, Duration wait) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The searches that go to Pipeliner, on threads of their own (never the follow-ups'): a bounded queue, since a
     * search that waits too long is worthless, and one that cannot be queued is answered at once without Pipeliner.
     */
    private static ExecutorService searchPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(SEARCH_THREADS, SEARCH_THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(SEARCH_QUEUE), named("search"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Sockets without Nagle's delay for Slack's Web API and Pipeliner alike; each client adds its own timeouts. */
    private static OkHttpClient.Builder baseHttp() {
        return new OkHttpClient.Builder().socketFactory(new NoDelaySocketFactory())
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(15));
    }

    /** Daemon threads with readable names, so thread dumps say what each one is for. */
    private static ThreadFactory named(String purpose) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "new-deal-" + purpose + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
