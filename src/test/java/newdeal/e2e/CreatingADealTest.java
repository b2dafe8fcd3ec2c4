package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import newdeal.testing.RecordedCall;
import newdeal.testing.ResponseUrlPost;
import newdeal.testing.Seed;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole path: command, modal, submit, the opportunity in Pipeliner, the reply with its link. */
class CreatingADealTest {
    /** seed.json: the OpportunityType "Renewal", whose pipeline_id is the Renewals pipeline. */
    private static final String RENEWAL_TYPE =
            Seed.load(new ObjectMapper()).opportunityType("Renewal");
    @RegisterExtension
    static final AppExtension APP = AppExtension.shared();
    private final E2e e2e = APP.e2e();
    private final Rep rep = new Rep(e2e);

    @Test
    void creates_the_opportunity_pipeliner_receives_and_closes_the_modal() {
        SlackForm form = rep.readyForm("Globex renewal 2031");
        String viewId = form.view().path("id").asText();
        var contacts = rep.options(viewId, "contacts", "");
        var second = contacts.get(1);
        var first = contacts.get(0);
        // The Renewals pipeline (third group): the seed gives it an opportunity type, which the create must name.
        JsonNode renewals = Views.element(e2e.view(viewId), "step").path("option_groups").get(2);
        assertThat(renewals.path("label").path("text").asText()).isEqualTo("Renewals");
        String step = renewals.path("options").get(0).path("value").asText();
        form.number("value", "12500.50").option("step", step, "Some step")
                .date("closing_date", LocalDate.of(2031, 3, 31)).text("description", "Three-year renewal")
                .options("contacts", List.of(Map.entry(second.path("value").asText(), "second"),
                        Map.entry(first.path("value").asText(), "first")));

        SlackHttp.Answer answer = rep.submit(form);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        List<JsonNode> stored = e2e.sandbox.opportunitiesNamed("Globex renewal 2031");
        assertThat(stored).hasSize(1);
        JsonNode opportunity = stored.get(0);
        assertThat(opportunity.path("owner_id").asText()).isEqualTo(E2e.REP_PIPELINER_ID);
        assertThat(opportunity.path("step_id").asText()).isEqualTo(step);
        assertThat(opportunity.path("oppty_type_id").asText()).isEqualTo(RENEWAL_TYPE);
        assertThat(opportunity.path("closing_date").asText()).startsWith("2031-03-31");
        assertThat(opportunity.path("value").path("base_value").decimalValue()).isEqualByComparingTo("12500.50");
        assertThat(opportunity.path("description").asText()).isEqualTo("Three-year renewal");
        String accountId = form.view().path("state").path("values").path("account").path("account")
                .path("selected_option").path("value").asText();
        assertThat(e2e.sandbox.relationsOf(opportunity.path("id").asText(), "LeadOpptyAccountRelations"))
                .singleElement().satisfies(r -> {
                    assertThat(r.path("account_id").asText()).isEqualTo(accountId);
                    assertThat(r.path("is_primary").asBoolean()).isTrue();
                });
        assertThat(e2e.sandbox.relationsOf(opportunity.path("id").asText(), "LeadOpptyContactRelations"))
                .hasSize(2).filteredOn(r -> r.path("is_primary").asBoolean()).singleElement()
                .satisfies(r -> assertThat(r.path("contact_id").asText()).isEqualTo(second.path("value").asText()));
    }

    @Test
    void replies_in_the_channel_with_the_deal_linked_to_pipeliner_and_its_main_facts() {
        SlackForm form = rep.readyForm("Globex reply check").number("value", "2000");

        rep.submit(form);

        String id = e2e.sandbox.opportunitiesNamed("Globex reply check").get(0).path("id").asText();
        ResponseUrlPost reply = awaitReplyMentioning("Globex reply check");
        assertThat(reply.body().path("response_type").asText()).isEqualTo("ephemeral");
        String blocks = reply.body().path("blocks").toString();
        assertThat(blocks).contains("<https://crm.example.test/space/" + e2e.sandbox.sandbox().spaceId() + "/opportunities/"
                + id + "/detail|Globex reply check>");
        assertThat(blocks).contains("Globex Corporation").contains("2,000.00 EUR")
                .contains(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()).contains(" %");
    }

    @Test
    void sends_the_reply_as_a_direct_message_when_the_response_url_fails() {
        e2e.slack.responseUrlsAnswer(404);
        SlackForm form = rep.readyForm("Globex DM fallback").number("value", "10");

        rep.submit(form);

        newdeal.testing.Waiting.until(() -> dmAbout("Globex DM fallback") != null, E2e.WAIT,
                () -> "no DM about the deal: " + e2e.slack.calls("chat.postMessage"));
        RecordedCall dm = dmAbout("Globex DM fallback");
        assertThat(dm.param("channel")).isEqualTo("U0001ANA");
        assertThat(dm.param("text")).contains("Globex DM fallback").contains("https://crm.example.test/");
    }

    @Test
    void sends_a_foreign_currency_amount_as_value_foreign_with_its_currency() {
        SlackForm form = rep.readyForm("Globex in dollars").number("value", "999.99");
        String viewId = form.view().path("id").asText();
        JsonNode currencies = Views.element(e2e.view(viewId), "currency").path("options");
        Map.Entry<String, String> usd = Rep.first(currencies, "USD");
        form.option("currency", usd.getKey(), usd.getValue());

        assertThat(rep.submit(form).status()).isEqualTo(200);

        JsonNode stored = e2e.sandbox.opportunitiesNamed("Globex in dollars").get(0);
        assertThat(stored.path("value").path("value_foreign").decimalValue()).isEqualByComparingTo("999.99");
        assertThat(stored.path("value").path("currency_id").asText()).isEqualTo(usd.getKey());
        ResponseUrlPost reply = awaitReplyMentioning("Globex in dollars");
        assertThat(reply.body().path("blocks").toString()).contains("999.99 USD");
    }

    private RecordedCall dmAbout(String name) {
        return e2e.slack.calls("chat.postMessage").stream().filter(c -> c.param("text").contains(name)).findFirst()
                .orElse(null);
    }

    private ResponseUrlPost awaitReplyMentioning(String name) {
        newdeal.testing.Waiting.until(() -> e2e.slack.responseUrlPosts().stream()
                .anyMatch(p -> p.body().toString().contains(name)), E2e.WAIT, () -> "no reply about " + name);
        return e2e.slack.responseUrlPosts().stream().filter(p -> p.body().toString().contains(name))
                .findFirst().orElseThrow();
    }
}
