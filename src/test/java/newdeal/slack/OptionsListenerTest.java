package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.deal.Directory;
import newdeal.pipeliner.Account;
import newdeal.slack.modal.FormView;
import newdeal.slack.modal.MetadataCodec;
import newdeal.slack.modal.Samples;
import newdeal.testing.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Options loads within Slack's limits: at most 100 options, texts of at most 75 characters. */
class OptionsListenerTest {
    private static final String SECRET = "options0test0signing0secret00000";
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void offers_at_most_a_hundred_accounts_with_texts_cut_to_75_characters() throws Exception {
        List<Account> many = IntStream.range(0, 150).mapToObj(i -> new Account("acc-" + i,
                "Account with a very long registered company name, holding and subsidiaries number " + i, null, "Berlin", null)).toList();
        OptionsListener options = listener(Samples.catalog(Samples.EUR), many);

        BlockSuggestionRequest request = request("account", "account");

        JsonNode answer = answer(options.accounts(request, request.getContext()));

        assertThat(answer.path("options").size()).isEqualTo(100);
        answer.path("options").forEach(o -> assertThat(o.path("text").path("text").asText().length())
                .isLessThanOrEqualTo(75));
        assertThat(answer.path("options").get(0).path("text").path("text").asText()).endsWith("…");
    }

    @Test
    void searches_the_steps_by_name_when_there_are_too_many_for_a_static_select() throws Exception {
        OptionsListener options = listener(Samples.catalogWithSteps(150), List.of());

        BlockSuggestionRequest request = request("step", "Step 14");

        JsonNode answer = answer(options.steps(request, request.getContext()));

        assertThat(answer.path("options").size()).isEqualTo(11);
        assertThat(answer.path("options").get(0).path("text").path("text").asText()).isEqualTo("Big › Step 14 · 14 %");
    }

    private OptionsListener listener(Catalog catalog, List<Account> accounts) throws Exception {
        ListedPipeliner pipeliner = new ListedPipeliner(catalog, accounts);
        CatalogCache catalogs = new CatalogCache(pipeliner, Clock.systemUTC(), scheduler, Duration.ofHours(1),
                Duration.ofSeconds(2));
        catalogs.start();
        catalogs.ready().get(2, TimeUnit.SECONDS);
        return new OptionsListener(new Directory(pipeliner, Clock.systemUTC(), Duration.ofSeconds(1)), catalogs,
                new MetadataCodec(Samples.JSON));
    }

    private static BlockSuggestionRequest request(String actionId, String query) {
        JsonNode view = Samples.json(new FormView(new MetadataCodec(Samples.JSON)).build(
                Samples.catalogWithSteps(150), Samples.state(Samples.fresh("x"))));
        var signed = new SlackRequests(SECRET).blockSuggestion(((com.fasterxml.jackson.databind.node.ObjectNode) view)
                .put("id", "V1"), actionId, query);
        return (BlockSuggestionRequest) new SlackRequestParser(AppConfig.builder().signingSecret(SECRET).build())
                .parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events")
                        .requestBody(signed.body()).headers(new RequestHeaders(Map.of())).build());
    }

    private static JsonNode answer(Response response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(200);
        return Samples.JSON.readTree(response.getBody());
    }
}
