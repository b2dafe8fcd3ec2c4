package newdeal.e2e.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import newdeal.sandbox.Sandbox;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SlackRequests;

/**
 * The pieces every phase of the load test shares: one sandbox as Pipeliner (seeded with generated accounts), one fake
 * Slack Web API for both apps, and how to start new-deal and the bare Bolt app in JVMs of their own.
 */
public final class LoadTest implements AutoCloseable {
    public static final String NEW_DEAL = "newdeal";
    public static final String BARE = "bare";
    static final String SECRET = "b3nch5ecret0f0rb0th4pps0000000000";
    static final String BOT_TOKEN = "xoxb-benchmark-token-0000";
    private static final Pattern CATALOG_LOADED = Pattern.compile("\"cache_age_seconds\":\\s*\\d");
    private static final Pattern INDEX_READY = Pattern.compile("\"account_index\":\\{\"state\":\"ready\"");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    final Sandbox sandbox = Sandbox.start(0);
    final FakeSlackApi slack = FakeSlackApi.start().lean(3_000);
    final Arrivals arrivals = new Arrivals();
    final Driver driver = new Driver();
    final SlackRequests requests = new SlackRequests(SECRET);
    final List<String> users;
    final Space space;
    private final Path logs;

    public LoadTest(int accounts, Path logs) {
        this.logs = logs;
        this.space = Space.seed(sandbox, accounts);
        this.users = IntStream.range(0, 50).mapToObj(i -> String.format("U0BENCH%02d", i)).toList();
        List<String> emails = List.of("anna.keller@northwind-sales.example", "tom.berger@northwind-sales.example");
        for (int i = 0; i < users.size(); i++) {
            slack.user(users.get(i), emails.get(i % emails.size()));
        }
        slack.listen(arrivals);
    }

    public CommandLoad commands() {
        return new CommandLoad(driver, requests, arrivals, users, slack.responseUrl("bench"));
    }

    public TypingReps typing() {
        return new TypingReps(driver, requests, slack, users, slack.responseUrl("typing"));
    }

    public Space space() {
        return space;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public Arrivals arrivals() {
        return arrivals;
    }

    public AppJvm newDeal(String name, List<String> jvmOptions) {
        Map<String, String> env = slackEnv();
        env.put("PIPELINER_SERVICE_URL", sandbox.baseUrl());
        env.put("PIPELINER_SPACE_ID", sandbox.spaceId());
        env.put("PIPELINER_API_USERNAME", sandbox.username());
        env.put("PIPELINER_API_PASSWORD", sandbox.password());
        return AppJvm.start(name, "newdeal.Main", env, jvmOptions, logs.resolve(name + ".log"));
    }

    public AppJvm bare(String name, List<String> jvmOptions) {
        return AppJvm.start(name, "newdeal.bare.BareBoltApp", slackEnv(), jvmOptions, logs.resolve(name + ".log"));
    }

    /** new-deal is ready when /healthz answers 200 with the form's catalog loaded: the next command gets the form. */
    public static Duration awaitNewDeal(AppJvm app) {
        return app.awaitReady(body -> CATALOG_LOADED.matcher(body).find(), START_LIMIT);
    }

    public static Duration awaitIndex(AppJvm app) {
        return app.awaitReady(body -> INDEX_READY.matcher(body.replace(" ", "")).find(), START_LIMIT);
    }

    /** The bare app is ready when /healthz answers at all: it starts Bolt (auth.test) before it listens. */
    public static Duration awaitBare(AppJvm app) {
        return app.awaitReady(body -> true, START_LIMIT);
    }

    private Map<String, String> slackEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", Integer.toString(freePort()));
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PATH", System.getenv("PATH")); // test-only: the child JVM finds nothing else through it
        return env;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        slack.close();
        sandbox.stop();
    }
}
