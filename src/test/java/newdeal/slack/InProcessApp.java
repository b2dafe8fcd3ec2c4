package newdeal.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newdeal.deal.CatalogCache;
import newdeal.deal.DealService;
import newdeal.deal.Directory;
import newdeal.pipeliner.PipelinerClient;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.SandboxApi;
import newdeal.testing.Seed;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackRequests;

/**
 * {@link NewDealSlack} registered on a Bolt {@link App} that runs each signed request on the caller's thread (no
 * web server), against the sandbox as Pipeliner and the fake Slack: for what only the request thread can show (an
 * interrupt) or what needs executors of the test's choosing.
 */
final class InProcessApp implements AutoCloseable {
    static final String SECRET = "in0process0signing0secret0000000";
    static final String REP_EMAIL = "anna.keller@northwind-sales.example";
    private static final Seed SEED = Seed.load(SandboxApi.JSON);
    static final String REP_PIPELINER_ID = SEED.client(REP_EMAIL);
    static final String GLOBEX_ID = SEED.account("Globex Corporation");
    static final SlackTimings TIMINGS = SlackTimings.defaults().withSubmitWait(Duration.ofMillis(300))
            .withOptionsBudget(Duration.ofMillis(700)).withCatalogWait(Duration.ofSeconds(3))
            .withOwnerWait(Duration.ofSeconds(2)).withFinishSettle(Duration.ofMillis(100));

    final SandboxApi sandbox = SandboxApi.start();
    final FakeSlackApi slack = FakeSlackApi.start().user(SlackRequests.USER_ID, REP_EMAIL);
    final SlackRequests requests = new SlackRequests(SECRET);
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    private final ExecutorService creates = Executors.newFixedThreadPool(2);
    private final App app;
    private final SlackRequestParser parser;

    InProcessApp(ExecutorService background, ExecutorService finishes) {
        ObjectMapper json = new ObjectMapper();
        Clock clock = Clock.systemUTC();
        PipelinerClient pipeliner = sandbox.client().clock(clock).build();
        CatalogCache catalogs = new CatalogCache(pipeliner, clock, scheduler, Duration.ofMinutes(10),
                Duration.ofSeconds(3));
        catalogs.start();
        catalogs.ready().orTimeout(5, TimeUnit.SECONDS).join();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        Slack client = Slack.getInstance(config);
        NewDealSlack newDeal = new NewDealSlack(new NewDealSlack.Parts(catalogs,
                new Directory(pipeliner, clock, Duration.ofMillis(500)),
                new DealService(pipeliner, catalogs, clock, creates, Duration.ofSeconds(3)), client,
                "xoxb-in-process", json, id -> "https://crm.example.test/opportunities/" + id), clock, background,
                finishes, TIMINGS);
        app = newDeal.register(new App(AppConfig.builder().signingSecret(SECRET)
                .singleTeamBotToken("xoxb-in-process").slack(client).build()));
        app.start();
        parser = new SlackRequestParser(app.config());
    }

    /** Runs the request through Bolt on this thread, as the web adapter does. */
    Response run(SignedRequest signed) throws Exception {
        Map<String, List<String>> headers = signed.headers().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events")
                .requestBody(signed.body()).headers(new RequestHeaders(headers)).build());
        return app.run(request);
    }

    /** {@code /new-deal name}, then the opened form filled in for Globex Corporation, owned by the rep. */
    SlackForm filledForm(String name) throws Exception {
        int before = slack.calls("views.open").size();
        run(requests.command(name, slack.responseUrl("in-process")));
        slack.awaitCalls("views.open", before + 1, Duration.ofSeconds(3));
        String viewId = slack.lastOpenedViewId().orElseThrow();
        return SlackForm.of(slack.view(viewId).orElseThrow())
                .option("account", GLOBEX_ID, "Globex Corporation").option("owner", REP_PIPELINER_ID, "Anna Keller")
                .number("value", "250");
    }

    @Override
    public void close() {
        app.stop();
        creates.shutdownNow();
        scheduler.shutdownNow();
        slack.close();
        sandbox.close();
    }
}
