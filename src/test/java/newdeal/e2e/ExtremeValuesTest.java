package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values Pipeliner cannot store are refused on the value input, in a short message, and nothing is sent. */
class ExtremeValuesTest {
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
    void refuses_minus_ten_to_the_99999999_in_a_short_answer() {
        SlackForm form = rep.readyForm("Negative exponent").number("value", "-1e99999999");

        SlackHttp.Answer answer = rep.submit(form);

        assertThat(answer.body().length()).as("a short answer, no number written out").isLessThan(2_000);
        assertThat(errorOnValue(form, answer)).isEqualTo("Enter an amount of 0 or more, not -1E+99999999.");
        assertThat(e2e.sandbox.opportunitiesNamed("Negative exponent")).isEmpty();
    }

    @Test
    void refuses_ten_to_the_99999999_on_the_input_instead_of_saying_the_deal_may_exist() {
        SlackForm form = rep.readyForm("Huge exponent").number("value", "1e99999999");

        SlackHttp.Answer answer = rep.submit(form);

        assertThat(errorOnValue(form, answer))
                .isEqualTo("Enter an amount below 1,000,000,000,000,000, not 1E+99999999.");
        assertThat(answer.body()).doesNotContain("may or may not");
        assertThat(e2e.sandbox.opportunitiesNamed("Huge exponent")).isEmpty();
    }

    @Test
    void refuses_a_third_decimal_in_euros() {
        SlackForm form = rep.readyForm("Fractions of a cent").number("value", "10.005");

        assertThat(errorOnValue(form, rep.submit(form))).isEqualTo("Enter at most 2 decimals for EUR, not 10.005.");
    }

    private static String errorOnValue(SlackForm form, SlackHttp.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = e2e.parse(answer.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").size()).isEqualTo(1);
        return body.path("errors").path(form.blockIdOf("value")).asText();
    }
}
