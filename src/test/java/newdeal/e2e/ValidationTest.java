package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import newdeal.sandbox.Fault;
import newdeal.sandbox.Faults;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Problems the rep can fix are shown on the input concerned, and nothing is sent to Pipeliner: the end-to-end path.
 * Each rule on its own is DraftRulesTest's; one field wrong at a time, through the submission listener, is
 * SubmissionValidationTest's.
 */
class ValidationTest {
    @RegisterExtension
    static final AppExtension APP = AppExtension.shared();
    private final E2e e2e = APP.e2e();
    private final Rep rep = new Rep(e2e);

    @Test
    void shows_every_problem_at_once_on_its_own_input() {
        SlackForm form = SlackForm.of(e2e.view(e2e.openForm(""))).number("value", "-1").noOption("owner");
        Faults.Active creates = e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$"));

        JsonNode errors = errorsOf(rep.submit(form));

        assertThat(errors.size()).isEqualTo(4);
        assertThat(errors.has(form.blockIdOf("deal_name"))).isTrue();
        assertThat(errors.has(form.blockIdOf("value"))).isTrue();
        assertThat(errors.has(form.blockIdOf("account"))).isTrue();
        assertThat(errors.has(form.blockIdOf("owner"))).isTrue();
        assertThat(creates.hits()).as("creates sent to Pipeliner").isZero();
    }

    private JsonNode errorsOf(SlackHttp.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = e2e.parse(answer.body());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        return body.path("errors");
    }
}
