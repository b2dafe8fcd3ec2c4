package newdeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import newdeal.Main;
import newdeal.sandbox.Sandbox;
import newdeal.slack.SlackTimings;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SandboxApi;
import newdeal.testing.Seed;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import newdeal.testing.SlackRequests;
import newdeal.testing.Waiting;

/**
 * The real app on a free port, the sandbox as Pipeliner and {@link FakeSlackApi} as Slack, all over real HTTP, with
 * short timings so the suite stays fast. Slack requests are signed and shaped as Slack's. Tests get one through
 * {@link AppExtension}: the app shared by every test of the JVM, or one of their own.
 */
public final class E2e implements AutoCloseable {
    static final String SIGNING_SECRET = "e2e5f1a9c0ffee0d15ea5e0ddba11c0de";
    static final String BOT_TOKEN = "xoxb-e2e-test-token-0000";
    static final String REP_EMAIL = "anna.keller@northwind-sales.example";
    static final String REP_PIPELINER_ID = Seed.load(new ObjectMapper()).client(REP_EMAIL);
    static final Duration WAIT = Duration.ofSeconds(5);
    // The settle only orders our result after Slack's own update; the fake applies a submission's answer in that
    // order whatever the settle (FakeSlackApi.applySubmissionAnswer), so the tests need not wait a second for it.
    static final SlackTimings SLACK_TIMINGS = SlackTimings.defaults().withSubmitWait(Duration.ofMillis(400))
            .withOptionsBudget(Duration.ofMillis(700)).withCatalogWait(Duration.ofSeconds(3))
            .withOwnerWait(Duration.ofSeconds(2)).withFinishSettle(Duration.ofMillis(100));
    static final Main.Timings TIMINGS = Main.Timings.defaults().withPipelinerSearch(Duration.ofMillis(500))
            .withCreateDeadline(Duration.ofMillis(2500)).withCatalogLoad(Duration.ofSeconds(3))
            .withCatalogRefresh(Duration.ofMinutes(10)).withShutdownWait(Duration.ofSeconds(2))
            .withSlack(SLACK_TIMINGS);

    /** Pipeliner: its faults, and what the app made it store, read back over its REST API. */
    final SandboxApi sandbox;
    final FakeSlackApi slack;
    final Main.Running app;
    final SlackRequests requests = new SlackRequests(SIGNING_SECRET);
    private final RenamingProxy proxy;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger responseUrls = new AtomicInteger();
    private boolean appStopped;

    private E2e(Consumer<SandboxApi> beforeAppStarts) {
        this(beforeAppStarts, TIMINGS);
    }

    private E2e(Consumer<SandboxApi> beforeAppStarts, Main.Timings timings) {
        this(beforeAppStarts, timings, null, null);
    }

    /** {@code renamedId} non-null: the app sees Pipeliner through a {@link RenamingProxy} showing it as shownAs. */
    private E2e(Consumer<SandboxApi> beforeAppStarts, Main.Timings timings, String renamedId, String shownAs) {
        sandbox = SandboxApi.start();
        beforeAppStarts.accept(sandbox);
        slack = FakeSlackApi.start().user(SlackRequests.USER_ID, REP_EMAIL);
        proxy = renamedId == null ? null : RenamingProxy.start(sandbox.sandbox().baseUrl(), renamedId, shownAs);
        Map<String, String> env = env(sandbox.sandbox(), slack);
        if (proxy != null) {
            env.put("PIPELINER_SERVICE_URL", proxy.baseUrl());
        }
        app = Main.start(env, timings);
    }

    /** Started with the catalog loaded, as the app is a moment after boot. */
    static E2e warm() {
        return warm(TIMINGS);
    }

    static E2e warm(Main.Timings timings) {
        return awaitCatalog(new E2e(sandbox -> { }, timings));
    }

    /**
     * Started with the catalog loaded from a Pipeliner whose answers show {@code pipelinerId} as {@code shownAs}:
     * the app holds a row under an id Pipeliner does not know (as after it was deleted in Pipeliner).
     */
    static E2e warmRenaming(String pipelinerId, String shownAs) {
        return awaitCatalog(new E2e(sandbox -> { }, TIMINGS, pipelinerId, shownAs));
    }

    private static E2e awaitCatalog(E2e e2e) {
        try {
            e2e.awaitCatalog();
        } catch (AssertionError e) {
            e2e.close();
            throw e;
        }
        return e2e;
    }

    /** Started with the sandbox misbehaving from the first request on (the catalog may still be cold). */
    static E2e cold(Consumer<SandboxApi> faults) {
        return new E2e(faults);
    }

    static E2e cold(Consumer<SandboxApi> faults, Main.Timings timings) {
        return new E2e(faults, timings);
    }

    static Map<String, String> env(Sandbox sandbox, FakeSlackApi slack) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PIPELINER_OPPORTUNITY_URL", "https://crm.example.test/space/{space}/opportunities/{id}/detail");
        if (sandbox != null) {
            env.put("PIPELINER_SERVICE_URL", sandbox.baseUrl());
            env.put("PIPELINER_SPACE_ID", sandbox.spaceId());
            env.put("PIPELINER_API_USERNAME", sandbox.username());
            env.put("PIPELINER_API_PASSWORD", sandbox.password());
        }
        return env;
    }

    String eventsUrl() {
        return "http://127.0.0.1:" + app.port() + "/slack/events";
    }

    SlackHttp.Answer send(SignedRequest request) {
        return SlackHttp.post(eventsUrl(), request);
    }

    /** {@code /new-deal text} with a response_url of the fake Slack; returns the view id views.open got. */
    String openForm(String text) {
        int before = slack.calls("views.open").size();
        SlackHttp.Answer answer = send(requests.command(text, nextResponseUrl()));
        if (answer.status() != 200) {
            throw new AssertionError("the command got " + answer.status() + ": " + answer.body());
        }
        slack.awaitCalls("views.open", before + 1, WAIT);
        return slack.lastOpenedViewId().orElseThrow();
    }

    String nextResponseUrl() {
        return slack.responseUrl("cmd-" + responseUrls.incrementAndGet());
    }

    /** The view as Slack shows it now, as a form the rep can fill. */
    SlackForm form(String viewId) {
        return SlackForm.of(view(viewId));
    }

    JsonNode view(String viewId) {
        return slack.view(viewId).orElseThrow(() -> new AssertionError("no view " + viewId));
    }

    /** Waits until the owner lookup after views.open updated the view (the owner is then preselected). */
    void awaitOwnerPreselected(String viewId) {
        Waiting.until(() -> Views.initialOptionValue(view(viewId), "owner") != null, WAIT,
                () -> "the owner was not preselected in " + view(viewId));
    }

    void awaitCatalog() {
        Waiting.until(() -> health().path("pipeliner").path("cache_age_seconds").isNumber(), WAIT,
                () -> "the catalog did not load: " + health());
    }

    /** Waits until the account index holds every account (it loads in the background after the catalog). */
    void awaitAccountIndex() {
        Waiting.until(() -> health().at("/pipeliner/account_index/state").asText().equals("ready"), WAIT,
                () -> "the account index did not load: " + health());
    }

    JsonNode health() {
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            var response = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + app.port() + "/healthz")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("GET /healthz failed", e);
        }
    }

    JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** Stops the app (gracefully, as on SIGTERM) while Pipeliner and the fake Slack keep running for the checks. */
    void stopApp() {
        if (!appStopped) {
            appStopped = true;
            app.stop();
        }
    }

    /** Back to how the app started, for the next test: no fault injected, the fake Slack reset. */
    void reset() {
        sandbox.faults().clear();
        slack.reset();
    }

    @Override
    public void close() {
        stopApp();
        if (proxy != null) {
            proxy.close();
        }
        slack.close();
        sandbox.close();
    }
}
