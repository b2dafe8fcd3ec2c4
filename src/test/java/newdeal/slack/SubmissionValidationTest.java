package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.deal.DealService;
import newdeal.slack.modal.FormParser;
import newdeal.slack.modal.FormView;
import newdeal.slack.modal.MetadataCodec;
import newdeal.slack.modal.Samples;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One field wrong at a time, through the submission listener as Bolt runs it (Slack's payload, the parser, the
 * modal's state, the deal rules, the block ids of the view): one error, on that field's input, naming the problem,
 * and nothing sent to Pipeliner. Each rule's wording is DraftRulesTest's; all problems at once, end to end, is
 * ValidationTest's.
 */
class SubmissionValidationTest {
    private static final String SECRET = "validation0test0signing0secret00";
    private static final Catalog CATALOG = Samples.catalog(Samples.EUR, Samples.USD);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final ListedPipeliner pipeliner = new ListedPipeliner(CATALOG, List.of());
    private final MetadataCodec codec = new MetadataCodec(Samples.JSON);
    private SubmissionListener listener;

    @BeforeEach
    void wire() {
        CatalogCache catalogs = new CatalogCache(pipeliner, Clock.systemUTC(), scheduler, Duration.ofHours(1),
                Duration.ofSeconds(2));
        catalogs.start();
        catalogs.ready().join();
        // Nothing here may reach Slack's Web API: a call would go to a port where nobody listens.
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix("http://127.0.0.1:9/api/");
        Slack slack = Slack.getInstance(config);
        SlackWeb web = new SlackWeb(slack, "xoxb-validation-test");
        Screens screens = new Screens(new FormView(codec), codec, catalogs);
        LiveViews live = new LiveViews(web, screens, new MemoryModalStore());
        DealReplies replies = new DealReplies(web, catalogs, UnaryOperator.identity(), pool);
        listener = new SubmissionListener(new FormParser(), codec,
                new DealService(pipeliner, catalogs, Clock.systemUTC(), pool, Duration.ofSeconds(2)),
                new SubmissionAnswers(live, screens, catalogs, replies),
                new BackgroundFinish(live, screens, replies, pool, Duration.ZERO), SlackTimings.defaults());
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        pool.shutdownNow();
    }

    static Stream<Arguments> oneFieldWrong() {
        return Stream.of(
                Arguments.of("a blank name", (UnaryOperator<SlackForm>) f -> f.text("deal_name", "   "), "deal_name",
                        "name"),
                Arguments.of("no value", (UnaryOperator<SlackForm>) f -> f.number("value", null), "value", "value"),
                Arguments.of("a negative value", (UnaryOperator<SlackForm>) f -> f.number("value", "-5"), "value",
                        "-5"),
                Arguments.of("no account", (UnaryOperator<SlackForm>) f -> f.noOption("account"), "account",
                        "account"),
                Arguments.of("no owner", (UnaryOperator<SlackForm>) f -> f.noOption("owner"), "owner", "owns"),
                Arguments.of("the closing date cleared", (UnaryOperator<SlackForm>) f -> f.date("closing_date", null),
                        "closing_date", "closing date"),
                Arguments.of("a value that is no number", (UnaryOperator<SlackForm>) f -> f.number("value", "12k"),
                        "value", "\"12k\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldWrong")
    void answers_a_form_wrong_in_one_field_with_one_error_on_that_input_and_sends_nothing(
            String wrong, UnaryOperator<SlackForm> spoil, String actionId, String mentioning) throws Exception {
        SlackForm form = spoil.apply(goodForm());

        JsonNode answer = Samples.JSON.readTree(submit(form).getBody());

        assertThat(answer.path("response_action").asText()).isEqualTo("errors");
        assertThat(answer.path("errors")).as("errors %s", answer.path("errors")).hasSize(1);
        assertThat(answer.path("errors").path(form.blockIdOf(actionId)).asText()).containsIgnoringCase(mentioning);
        assertThat(pipeliner.creates()).as("creates asked of Pipeliner").isZero();
    }

    @Test
    void sends_the_form_filled_in_to_pipeliner() throws Exception {
        JsonNode answer = Samples.JSON.readTree(submit(goodForm()).getBody());

        assertThat(answer.path("response_action").asText()).as("the lists create nothing: the form comes back")
                .isEqualTo("update");
        assertThat(pipeliner.creates()).isEqualTo(1);
    }

    /**
     * The form as the app first shows it, then filled in with a name, an account, a value and an owner: nothing for
     * the rules to say. (The account is only in the inputs: one the modal carried would stand in for a cleared one.)
     */
    private SlackForm goodForm() {
        ObjectNode view = (ObjectNode) Samples.json(new FormView(codec).build(CATALOG, Samples.state()));
        view.put("id", "V-validation").put("hash", "h-1");
        return SlackForm.of(view).text("deal_name", "Good deal").option("account", "acc-1", "Globex")
                .number("value", "10").option("owner", Samples.ANNA.id(), "Anna Keller");
    }

    private Response submit(SlackForm form) {
        var signed = new SlackRequests(SECRET).viewSubmission(form);
        var request = (ViewSubmissionRequest) new SlackRequestParser(AppConfig.builder().signingSecret(SECRET).build())
                .parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events")
                        .requestBody(signed.body()).headers(new RequestHeaders(Map.of())).build());
        return listener.submit(request, request.getContext());
    }
}
