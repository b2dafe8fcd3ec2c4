package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import newdeal.sandbox.Fault;
import newdeal.testing.ResponseUrlPost;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two separate submissions of the same deal each get their own outcome: never the other's opportunity. */
class LookAlikeDealsTest {
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
    void a_second_identical_deal_whose_create_got_a_500_with_nothing_stored_is_not_closed_as_a_success() {
        String name = "Look-alike deal";
        SlackHttp.Answer first = rep.submit(rep.readyForm(name).number("value", "250"));
        assertThat(first.body()).as("the first one is created").isEmpty();
        String firstId = e2e.sandbox.opportunitiesNamed(name).get(0).path("id").asText();
        Waiting.until("the rep is told of the first deal", E2e.WAIT, () -> repliesAbout(name).size() == 1);

        e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withStatus(500).times(1));
        SlackForm second = rep.readyForm(name).number("value", "250");
        String viewId = second.view().path("id").asText();
        int updates = e2e.slack.calls("views.update").size();
        SlackHttp.Answer answer = rep.submit(second);

        JsonNode body = e2e.parse(answer.body());
        assertThat(body.path("response_action").asText()).as("not closed as a success").isEqualTo("update");
        e2e.slack.applySubmissionAnswer(viewId, answer.body());
        JsonNode outcome = e2e.slack.awaitCalls("views.update", updates + 1, E2e.WAIT).get(updates).json("view");
        assertThat(Views.text(outcome)).contains("may or may not have been created").doesNotContain(firstId);
        assertThat(repliesAbout(name)).as("no reply with the first deal's link").hasSize(1);
        assertThat(e2e.sandbox.opportunitiesNamed(name)).hasSize(1);
    }

    private static List<ResponseUrlPost> repliesAbout(String name) {
        return e2e.slack.responseUrlPosts().stream().filter(p -> p.body().toString().contains(name)).toList();
    }
}
