package newdeal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.multiExternalSelect;
import static com.slack.api.model.block.element.BlockElements.numberInput;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static org.assertj.core.api.Assertions.assertThat;

/** Bolt itself reads what SlackRequests builds: the same verifier, the same parser, the same payload classes. */
class SlackRequestsTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private final SlackRequests requests = new SlackRequests(SECRET);
    private final SlackRequestParser parser = new SlackRequestParser(AppConfig.builder().signingSecret(SECRET).build());

    @Test
    void signs_a_command_as_slack_does_so_that_bolts_verifier_accepts_it() {
        SignedRequest command = requests.command("Globex renewal", "http://127.0.0.1:1/response/x");

        assertThat(verifier().isValid(command.header(SignedRequest.TIMESTAMP), command.body(),
                command.header(SignedRequest.SIGNATURE), Instant.now().toEpochMilli())).isTrue();
        assertThat(verifier().isValid(command.header(SignedRequest.TIMESTAMP), command.body() + "&x=1",
                command.header(SignedRequest.SIGNATURE), Instant.now().toEpochMilli())).isFalse();
    }

    @Test
    void shapes_a_command_with_every_field_slack_sends() {
        var parsed = (SlashCommandRequest) parse(requests.command("Globex renewal", "http://127.0.0.1:1/response/x"));

        var payload = parsed.getPayload();
        assertThat(payload.getCommand()).isEqualTo("/new-deal");
        assertThat(payload.getText()).isEqualTo("Globex renewal");
        assertThat(payload.getResponseUrl()).isEqualTo("http://127.0.0.1:1/response/x");
        assertThat(List.of(payload.getToken(), payload.getTeamId(), payload.getTeamDomain(), payload.getChannelId(),
                payload.getChannelName(), payload.getUserId(), payload.getUserName(), payload.getApiAppId(),
                payload.getTriggerId())).doesNotContainNull();
    }

    @Test
    void shapes_view_state_per_element_type_as_slack_does() {
        SlackForm form = SlackForm.of(modal()).text("deal_name", "Globex renewal").number("value", "12500.50")
                .date("closing_date", LocalDate.of(2030, 1, 31)).option("account", "acc-1", "Globex")
                .options("contacts", List.of(Map.entry("c-2", "Bo"), Map.entry("c-1", "Al")));

        var parsed = (ViewSubmissionRequest) parse(requests.viewSubmission(form));

        Map<String, ViewState.Value> byAction = parsed.getPayload().getView().getState().getValues().values()
                .stream().flatMap(m -> m.entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byAction.get("deal_name").getValue()).isEqualTo("Globex renewal");
        assertThat(byAction.get("value").getValue()).isEqualTo("12500.50");
        assertThat(byAction.get("closing_date").getSelectedDate()).isEqualTo("2030-01-31");
        assertThat(byAction.get("account").getSelectedOption().getValue()).isEqualTo("acc-1");
        assertThat(byAction.get("step").getSelectedOption().getValue()).isEqualTo("s-1");
        assertThat(byAction.get("contacts").getSelectedOptions()).extracting(ViewState.SelectedOption::getValue)
                .containsExactly("c-2", "c-1");
        assertThat(byAction.get("description").getValue()).isNull();
        assertThat(parsed.getPayload().getView().getState().getValues()).containsKey("b-name");
    }

    @Test
    void shapes_a_block_action_and_an_options_load_that_bolt_routes_by_action_id() {
        SlackForm form = SlackForm.of(modal()).option("account", "acc-1", "Globex");

        var action = (BlockActionRequest) parse(requests.blockActions(form, "account"));
        var suggestion = (BlockSuggestionRequest) parse(requests.blockSuggestion(modal(), "account", "glo"));

        assertThat(action.getPayload().getActions().get(0).getActionId()).isEqualTo("account");
        assertThat(action.getPayload().getActions().get(0).getSelectedOption().getValue()).isEqualTo("acc-1");
        assertThat(action.getPayload().getView().getId()).isEqualTo("V0000001");
        assertThat(suggestion.getPayload().getActionId()).isEqualTo("account");
        assertThat(suggestion.getPayload().getValue()).isEqualTo("glo");
        assertThat(suggestion.getPayload().getBlockId()).isEqualTo("b-account");
    }

    private com.slack.api.bolt.request.Request<?> parse(SignedRequest request) {
        Map<String, List<String>> headers = request.headers().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        return parser.parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events")
                .requestBody(request.body()).headers(new RequestHeaders(headers)).queryString(Map.of()).build());
    }

    private static SlackSignature.Verifier verifier() {
        return new SlackSignature.Verifier(new SlackSignature.Generator(SECRET));
    }

    private static JsonNode modal() {
        List<LayoutBlock> blocks = List.of(
                input(i -> i.blockId("b-name").label(plainText("Name"))
                        .element(plainTextInput(p -> p.actionId("deal_name")))),
                input(i -> i.blockId("b-account").label(plainText("Account")).dispatchAction(true)
                        .element(externalSelect(e -> e.actionId("account").minQueryLength(1)))),
                input(i -> i.blockId("b-contacts").label(plainText("Contacts")).optional(true)
                        .element(multiExternalSelect(e -> e.actionId("contacts")))),
                input(i -> i.blockId("b-step").label(plainText("Step")).element(staticSelect(s -> s.actionId("step")
                        .options(List.of(option(plainText("Lead"), "s-1"))).initialOption(option(plainText("Lead"), "s-1"))))),
                input(i -> i.blockId("b-value").label(plainText("Value"))
                        .element(numberInput(n -> n.actionId("value").decimalAllowed(true)))),
                input(i -> i.blockId("b-date").label(plainText("Closing")).element(datePicker(d -> d.actionId("closing_date")))),
                input(i -> i.blockId("b-desc").label(plainText("Description")).optional(true)
                        .element(plainTextInput(p -> p.actionId("description").multiline(true)))));
        View view = View.builder().id("V0000001").hash("1.abc").type("modal").callbackId("new_deal").blocks(blocks).build();
        try {
            return new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(view));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
