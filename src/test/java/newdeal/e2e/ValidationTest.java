package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Problems the rep can fix are shown on the input concerned, and nothing is sent to Pipeliner. */
class ValidationTest {
    private static E2e e2e;
    private static Rep rep;

    @BeforeAll
    static void start() {
        e2e = E2e.warm();
        rep = new Rep(e2e);
    }

    @AfterAll
    static void stop() {
        e2e.close();
    }

    @Test
    void asks_for_a_name_when_it_is_blank() {
        assertOnlyError(rep.readyForm("Blank name").text("deal_name", "   ").number("value", "1"), "deal_name",
                "name");
    }

    @Test
    void asks_for_the_value_when_none_was_typed() {
        assertOnlyError(rep.readyForm("No value"), "value", "value");
    }

    @Test
    void refuses_a_negative_value() {
        assertOnlyError(rep.readyForm("Negative").number("value", "-5"), "value", "-5");
    }

    @Test
    void asks_for_an_account_when_none_was_chosen() {
        String viewId = e2e.openForm("No account");
        e2e.awaitOwnerPreselected(viewId);

        assertOnlyError(e2e.form(viewId).number("value", "1"), "account", "account");
    }

    @Test
    void asks_for_an_owner_when_none_was_chosen() {
        assertOnlyError(rep.readyForm("No owner").number("value", "1").noOption("owner"), "owner", "owns");
    }

    @Test
    void asks_for_a_closing_date_when_it_was_cleared() {
        assertOnlyError(rep.readyForm("No date").number("value", "1").date("closing_date", null), "closing_date",
                "closing date");
    }

    @Test
    void shows_every_problem_at_once_on_its_own_input() {
        SlackForm form = SlackForm.of(e2e.view(e2e.openForm(""))).number("value", "-1").noOption("owner");
        int before = e2e.pipeliner.opportunityCount();

        JsonNode errors = errorsOf(rep.submit(form));

        assertThat(errors.size()).isEqualTo(4);
        assertThat(errors.has(form.blockIdOf("deal_name"))).isTrue();
        assertThat(errors.has(form.blockIdOf("value"))).isTrue();
        assertThat(errors.has(form.blockIdOf("account"))).isTrue();
        assertThat(errors.has(form.blockIdOf("owner"))).isTrue();
        assertThat(e2e.pipeliner.opportunityCount()).isEqualTo(before);
    }

    private static void assertOnlyError(SlackForm form, String actionId, String mentioning) {
        int before = e2e.pipeliner.opportunityCount();

        JsonNode errors = errorsOf(rep.submit(form));

        assertThat(errors.size()).as("errors %s", errors).isEqualTo(1);
        assertThat(errors.path(form.blockIdOf(actionId)).asText()).containsIgnoringCase(mentioning);
        assertThat(e2e.pipeliner.opportunityCount()).isEqualTo(before);
    }

    private static JsonNode errorsOf(SlackHttp.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = e2e.parse(answer.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        return body.path("errors");
    }
}
