package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newdeal.sandbox.Fault;
import newdeal.testing.RecordedCall;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpeningTheModalTest {
    private static final String TOM_BERGER = "7dd63e1f-fd25-5818-9b6d-59670c72ccf0";
    @RegisterExtension
    static final AppExtension APP = AppExtension.shared();
    private final E2e e2e = APP.e2e();

    @Test
    void opens_the_new_deal_modal_with_every_input_the_contract_names_and_the_command_text_as_name() {
        String viewId = e2e.openForm("Globex renewal");

        RecordedCall open = e2e.slack.calls("views.open").get(e2e.slack.calls("views.open").size() - 1);
        JsonNode view = open.json("view");
        assertThat(open.tokenPresent()).isTrue();
        assertThat(open.param("trigger_id")).isNotBlank();
        assertThat(view.path("callback_id").asText()).isEqualTo("new_deal");
        assertThat(view.path("type").asText()).isEqualTo("modal");
        assertThat(Views.actionIds(view)).containsExactly("deal_name", "account", "contacts", "step", "value",
                "currency", "closing_date", "owner", "description");
        assertThat(Views.element(view, "deal_name").path("initial_value").asText()).isEqualTo("Globex renewal");
        assertThat(viewId).isNotBlank();
    }

    @Test
    void offers_the_steps_grouped_by_pipeline_with_their_percent_and_preselects_the_first_step() {
        e2e.openForm("");

        JsonNode view = e2e.slack.calls("views.open").get(e2e.slack.calls("views.open").size() - 1).json("view");
        JsonNode step = Views.element(view, "step");
        assertThat(step.path("type").asText()).isEqualTo("static_select");
        List<String> groups = new ArrayList<>();
        step.path("option_groups").forEach(g -> groups.add(g.path("label").path("text").asText()));
        assertThat(groups).containsExactly("New Business", "Partner Deals", "Renewals");
        String firstOption = step.path("option_groups").get(0).path("options").get(0).path("text").path("text").asText();
        assertThat(firstOption).matches(".+ · \\d+ %");
        assertThat(Views.initialOptionText(view, "step")).isEqualTo(firstOption);
    }

    @Test
    void offers_the_currencies_with_the_base_one_preselected_and_a_closing_date_thirty_days_ahead() {
        e2e.openForm("");

        JsonNode view = e2e.slack.calls("views.open").get(e2e.slack.calls("views.open").size() - 1).json("view");
        assertThat(Views.element(view, "currency").path("options")).hasSize(3);
        assertThat(Views.initialOptionText(view, "currency")).startsWith("EUR");
        assertThat(Views.element(view, "closing_date").path("initial_date").asText())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        assertThat(Views.element(view, "value").path("is_decimal_allowed").asBoolean()).isTrue();
        assertThat(Views.element(view, "description").path("multiline").asBoolean()).isTrue();
        assertThat(Views.block(view, "description").path("optional").asBoolean()).isTrue();
        assertThat(Views.block(view, "account").path("dispatch_action").asBoolean()).isTrue();
        assertThat(Views.element(view, "account").path("min_query_length").asInt()).isEqualTo(1);
    }

    @Test
    void preselects_the_owner_found_through_the_slack_email_after_the_modal_opened_then_remembers_it() {
        e2e.slack.user("U0003CAT", E2e.REP_EMAIL);
        int before = e2e.slack.calls("views.open").size();
        e2e.send(e2e.requests.command(Map.of("user_id", "U0003CAT", "response_url", e2e.nextResponseUrl())));
        e2e.slack.awaitCalls("views.open", before + 1, E2e.WAIT);
        String viewId = e2e.slack.lastOpenedViewId().orElseThrow();
        assertThat(Views.initialOptionValue(e2e.view(viewId), "owner")).isNull();

        e2e.awaitOwnerPreselected(viewId);

        assertThat(Views.initialOptionValue(e2e.view(viewId), "owner")).isEqualTo(E2e.REP_PIPELINER_ID);
        // The fake records a call just after applying it: the view may show the update before the call is listed.
        newdeal.testing.Waiting.until(() -> e2e.slack.calls("views.update").stream()
                .anyMatch(c -> viewId.equals(c.param("view_id"))), E2e.WAIT, () -> "no views.update of " + viewId);
        RecordedCall update = e2e.slack.calls("views.update").stream()
                .filter(c -> viewId.equals(c.param("view_id"))).findFirst().orElseThrow();
        assertThat(update.param("hash")).isNotBlank();
        assertThat(e2e.slack.calls("users.info")).isNotEmpty();
        e2e.send(e2e.requests.command(Map.of("user_id", "U0003CAT", "response_url", e2e.nextResponseUrl())));
        e2e.slack.awaitCalls("views.open", before + 2, E2e.WAIT);
        String second = e2e.slack.lastOpenedViewId().orElseThrow();
        assertThat(Views.initialOptionValue(e2e.view(second), "owner")).isEqualTo(E2e.REP_PIPELINER_ID);
    }

    @Test
    void keeps_the_owner_the_rep_picked_when_the_owner_lookup_finishes_later() {
        e2e.slack.user("U0004DAN", E2e.REP_EMAIL).latency("users.info", Duration.ofMillis(600));
        int before = e2e.slack.calls("views.open").size();
        e2e.send(e2e.requests.command(Map.of("user_id", "U0004DAN", "response_url", e2e.nextResponseUrl())));
        e2e.slack.awaitCalls("views.open", before + 1, E2e.WAIT);
        String viewId = e2e.slack.lastOpenedViewId().orElseThrow();
        String ownerBlock = Views.block(e2e.view(viewId), "owner").path("block_id").asText();

        SlackForm picked = e2e.form(viewId).option("owner", TOM_BERGER, "Tom Berger");
        assertThat(e2e.send(e2e.requests.blockActions(picked, "owner")).status()).isEqualTo(200);
        newdeal.testing.Waiting.until(() -> e2e.slack.calls("users.info").stream()
                .anyMatch(c -> "U0004DAN".equals(c.param("user"))), E2e.WAIT, () -> "the owner was never looked up");
        // The lookup is answered. An update wiping the pick would take the view's lock, as this next action on the view
        // does: its answer is the later event the absence is read after (ModalFollowUpTest shows it without a race).
        assertThat(e2e.send(e2e.requests.blockActions(picked, "owner")).status()).isEqualTo(200);

        JsonNode view = e2e.view(viewId);
        assertThat(Views.block(view, "owner").path("block_id").asText()).isEqualTo(ownerBlock);
        assertThat(Views.initialOptionValue(view, "owner")).isNull();
        assertThat(e2e.slack.updatesOf(viewId)).isEmpty();
    }

    @Test
    void preselects_the_owner_from_the_users_already_loaded_while_pipeliner_is_down() {
        e2e.slack.user("U0005EVE", E2e.REP_EMAIL.toUpperCase(Locale.ROOT));
        e2e.sandbox.faults().add(Fault.on("GET", "/entities/Clients").withStatus(503));
        int before = e2e.slack.calls("views.open").size();
        e2e.send(e2e.requests.command(Map.of("user_id", "U0005EVE", "response_url", e2e.nextResponseUrl())));
        e2e.slack.awaitCalls("views.open", before + 1, E2e.WAIT);
        String viewId = e2e.slack.lastOpenedViewId().orElseThrow();

        e2e.awaitOwnerPreselected(viewId);

        JsonNode view = e2e.view(viewId);
        assertThat(Views.initialOptionValue(view, "owner")).isEqualTo(E2e.REP_PIPELINER_ID);
        assertThat(Views.block(view, "owner").path("hint").path("text").asText())
                .startsWith("Found through your Slack email");
    }

    @Test
    void says_why_the_owner_must_be_chosen_when_no_pipeliner_user_has_the_slack_email() {
        e2e.slack.user("U0002BOB", "bob@nowhere.example");
        int before = e2e.slack.calls("views.open").size();
        e2e.send(e2e.requests.command(Map.of("user_id", "U0002BOB", "response_url", e2e.nextResponseUrl())));
        e2e.slack.awaitCalls("views.open", before + 1, E2e.WAIT);
        String viewId = e2e.slack.lastOpenedViewId().orElseThrow();

        newdeal.testing.Waiting.until(() -> Views.block(e2e.view(viewId), "owner").has("hint"), E2e.WAIT,
                () -> "no owner hint in " + e2e.view(viewId));

        JsonNode owner = Views.block(e2e.view(viewId), "owner");
        assertThat(owner.path("hint").path("text").asText()).contains("bob@nowhere.example");
        assertThat(owner.path("optional").asBoolean(false)).isFalse();
        assertThat(Views.initialOptionValue(e2e.view(viewId), "owner")).isNull();
    }

    @Test
    void tells_the_rep_to_try_again_when_slack_says_the_trigger_expired() {
        e2e.slack.failNext("views.open", "expired_trigger_id");

        SlackHttp.Answer answer = e2e.send(e2e.requests.command("Late", e2e.nextResponseUrl()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(e2e.parse(answer.body()).path("text").asText()).contains("/new-deal again");
    }

    @Test
    void names_slacks_error_and_does_not_blame_time_when_slack_refuses_the_form_for_another_reason() {
        e2e.slack.failNext("views.open", "invalid_arguments");

        SlackHttp.Answer answer = e2e.send(e2e.requests.command("Refused", e2e.nextResponseUrl()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(e2e.parse(answer.body()).path("text").asText()).contains("invalid_arguments")
                .doesNotContain("in time").doesNotContain("/new-deal again");
    }

    @Test
    void cuts_a_command_text_longer_than_a_deal_name_may_be_and_puts_the_rest_in_the_description() {
        String words = "Globex renewal with the extended support package and the onsite training ".repeat(4);
        String text = words + "final clause";

        e2e.openForm(text);

        JsonNode view = e2e.slack.calls("views.open").get(e2e.slack.calls("views.open").size() - 1).json("view");
        JsonNode name = Views.element(view, "deal_name");
        String prefilled = name.path("initial_value").asText();
        String description = Views.element(view, "description").path("initial_value").asText();
        assertThat(text.length()).isGreaterThan(250);
        assertThat(name.path("max_length").asInt()).isEqualTo(250);
        assertThat(prefilled.length()).isLessThanOrEqualTo(250);
        assertThat(text).startsWith(prefilled);
        assertThat(prefilled + " " + description).isEqualTo(text);
    }

    @Test
    void answers_the_command_with_an_empty_200_so_slack_posts_nothing_in_the_channel() {
        SlackHttp.Answer answer = e2e.send(e2e.requests.command("Quiet", e2e.nextResponseUrl()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
    }
}
