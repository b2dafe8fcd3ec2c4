package newdeal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newdeal.sandbox.Fault;
import newdeal.testing.RecordedCall;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Account search, choosing an account, and the contacts that follow it. */
class AccountAndContactsTest {
    private static E2e e2e;

    @BeforeAll
    static void start() {
        e2e = E2e.warm();
    }

    @AfterAll
    static void stop() {
        e2e.close();
    }

    @AfterEach
    void clearFaults() {
        e2e.sandbox.faults().clear();
    }

    @Test
    void finds_accounts_whose_name_contains_the_query_ignoring_case() {
        String viewId = e2e.openForm("Search");

        JsonNode options = options(viewId, "account", "gLoBeX");

        assertThat(texts(options)).isNotEmpty().allSatisfy(t -> assertThat(t.toLowerCase()).contains("globex"));
        assertThat(texts(options)).anySatisfy(t -> assertThat(t).startsWith("Globex Corporation · Berlin"));
        assertThat(texts(options)).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(75));
        assertThat(options.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void finds_an_account_by_its_email() {
        String viewId = e2e.openForm("Search");

        JsonNode options = options(viewId, "account", "info@initech.example");

        assertThat(texts(options)).first().asString().startsWith("Initech");
    }

    @Test
    void answers_an_empty_list_in_time_when_pipeliner_is_too_slow_for_the_search() {
        String viewId = e2e.openForm("Search");
        e2e.sandbox.faults().add(Fault.on("GET", "/entities/Accounts").withLatency(Duration.ofSeconds(2)));

        SlackHttp.Answer answer = e2e.send(e2e.requests.blockSuggestion(e2e.view(viewId), "account", "Umbrella"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(e2e.parse(answer.body()).path("options")).isEmpty();
        assertThat(answer.took()).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void choosing_an_account_updates_the_modal_with_the_views_hash_and_a_fresh_contacts_block() {
        String viewId = e2e.openForm("Tyrell expansion");
        JsonNode before = e2e.view(viewId);
        String account = accountId(viewId, "Tyrell Corporation");
        int updates = e2e.slack.calls("views.update").size();

        SlackForm form = e2e.form(viewId).option("account", account, "Tyrell Corporation · somewhere")
                .text("deal_name", "Tyrell expansion, typed");
        SlackHttp.Answer answer = e2e.send(e2e.requests.blockActions(form, "account"));

        assertThat(answer.status()).isEqualTo(200);
        RecordedCall update = e2e.slack.awaitCalls("views.update", updates + 1, E2e.WAIT).get(updates);
        assertThat(update.param("view_id")).isEqualTo(viewId);
        assertThat(update.param("hash")).isEqualTo(before.path("hash").asText());
        JsonNode after = update.json("view");
        assertThat(Views.block(after, "contacts").path("block_id").asText())
                .isNotEqualTo(Views.block(before, "contacts").path("block_id").asText());
        assertThat(Views.element(after, "deal_name").path("initial_value").asText())
                .isEqualTo("Tyrell expansion, typed");
        assertThat(Views.initialOptionValue(after, "account")).isEqualTo(account);
        assertThat(after.path("private_metadata").asText()).contains(account);
    }

    @Test
    void offers_the_chosen_accounts_contacts_primary_first_once_an_account_is_chosen() {
        String viewId = e2e.openForm("Tyrell contacts");
        String account = accountId(viewId, "Tyrell Corporation");
        int updates = e2e.slack.calls("views.update").size();
        e2e.send(e2e.requests.blockActions(e2e.form(viewId).option("account", account, "Tyrell Corporation"),
                "account"));
        e2e.slack.awaitCalls("views.update", updates + 1, E2e.WAIT);

        JsonNode contacts = options(viewId, "contacts", "");

        assertThat(texts(contacts)).hasSize(7);
        assertThat(texts(contacts).get(0)).startsWith("★");
        assertThat(texts(contacts).get(texts(contacts).size() - 1)).doesNotStartWith("★");
        assertThat(Views.element(e2e.view(viewId), "contacts").path("min_query_length").asInt()).isZero();
    }

    @Test
    void searches_all_contacts_by_name_while_no_account_is_chosen() {
        String viewId = e2e.openForm("No account yet");

        JsonNode contacts = options(viewId, "contacts", "olga");

        assertThat(texts(contacts)).isNotEmpty().allSatisfy(t -> assertThat(t.toLowerCase()).contains("olga"));
    }

    private static String accountId(String viewId, String name) {
        JsonNode options = options(viewId, "account", name);
        for (JsonNode option : options) {
            if (option.path("text").path("text").asText().startsWith(name)) {
                return option.path("value").asText();
            }
        }
        throw new AssertionError("no account " + name + " in " + options);
    }

    private static JsonNode options(String viewId, String actionId, String query) {
        SlackHttp.Answer answer = e2e.send(e2e.requests.blockSuggestion(e2e.view(viewId), actionId, query));
        assertThat(answer.status()).isEqualTo(200);
        return e2e.parse(answer.body()).path("options");
    }

    private static List<String> texts(JsonNode options) {
        List<String> texts = new ArrayList<>();
        options.forEach(o -> texts.add(o.path("text").path("text").asText()));
        return texts;
    }
}
