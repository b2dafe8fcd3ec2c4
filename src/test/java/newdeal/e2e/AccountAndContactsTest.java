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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Account search, choosing an account, and the contacts that follow it. */
class AccountAndContactsTest {
    @RegisterExtension
    static final AppExtension APP = AppExtension.shared();
    private final E2e e2e = APP.e2e();

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
    void answers_from_the_account_index_when_pipeliner_is_too_slow_for_the_search() {
        e2e.awaitAccountIndex();
        String viewId = e2e.openForm("Search");
        e2e.sandbox.faults().add(Fault.on("GET", "/entities/Accounts").withLatency(Duration.ofSeconds(2)));

        SlackHttp.Answer answer = e2e.send(e2e.requests.blockSuggestion(e2e.view(viewId), "account", "umbrela"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(texts(e2e.parse(answer.body()).path("options"))).first().asString().startsWith("Umbrella");
        assertThat(answer.took()).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void answers_an_empty_list_in_time_when_pipeliner_is_too_slow_and_the_index_has_not_loaded() {
        try (E2e cold = E2e.cold(s -> s.faults().add(Fault.on("GET", "/entities/Accounts").hang()))) {
            cold.awaitCatalog();
            String viewId = cold.openForm("Search");

            SlackHttp.Answer answer = cold.send(cold.requests.blockSuggestion(cold.view(viewId), "account",
                    "Umbrella"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(cold.parse(answer.body()).path("options")).isEmpty();
            assertThat(answer.took()).isLessThan(Duration.ofMillis(2500));
            assertThat(cold.health().at("/pipeliner/account_index/state").asText()).isEqualTo("loading");
        }
    }

    @Test
    void choosing_an_account_updates_the_modal_with_the_views_hash_and_a_fresh_contacts_block() {
        String viewId = e2e.openForm("Tyrell expansion");
        JsonNode before = e2e.view(viewId);
        String account = accountId(viewId, "Tyrell Corporation");

        SlackForm form = e2e.form(viewId).option("account", account, "Tyrell Corporation · somewhere")
                .text("deal_name", "Tyrell expansion, typed");
        SlackHttp.Answer answer = e2e.send(e2e.requests.blockActions(form, "account"));

        assertThat(answer.status()).isEqualTo(200);
        newdeal.testing.Waiting.until(() -> accountUpdate(viewId, account) != null, E2e.WAIT,
                () -> "no views.update carried the account");
        RecordedCall update = accountUpdate(viewId, account);
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
        new Rep(e2e).chooseAccount(viewId, "Tyrell Corporation");

        JsonNode contacts = options(viewId, "contacts", "");

        assertThat(texts(contacts)).hasSize(7);
        assertThat(texts(contacts).get(0)).startsWith("★");
        assertThat(texts(contacts).get(texts(contacts).size() - 1)).doesNotStartWith("★");
        assertThat(Views.element(e2e.view(viewId), "contacts").path("min_query_length").asInt()).isZero();
    }

    @Test
    void keeps_the_chosen_account_when_the_owner_is_found_only_afterwards() {
        e2e.slack.user("U0006FAY", E2e.REP_EMAIL).latency("users.info", Duration.ofMillis(800));
        int before = e2e.slack.calls("views.open").size();
        e2e.send(e2e.requests.command(java.util.Map.of("user_id", "U0006FAY", "response_url",
                e2e.nextResponseUrl(), "text", "Race")));
        e2e.slack.awaitCalls("views.open", before + 1, E2e.WAIT);
        String viewId = e2e.slack.lastOpenedViewId().orElseThrow();

        String account = new Rep(e2e).chooseAccount(viewId, "Tyrell Corporation").view().path("state")
                .path("values").path("account").path("account").path("selected_option").path("value").asText();

        newdeal.testing.Waiting.until(() -> Views.initialOptionValue(e2e.view(viewId), "owner") != null,
                E2e.WAIT, () -> "the owner was never preselected");
        JsonNode last = e2e.view(viewId);
        assertThat(Views.initialOptionValue(last, "account")).isEqualTo(account);
        assertThat(Views.initialOptionValue(last, "owner")).isEqualTo(E2e.REP_PIPELINER_ID);
        assertThat(last.path("private_metadata").asText()).contains(account);
    }

    @Test
    void searches_all_contacts_by_name_while_no_account_is_chosen() {
        String viewId = e2e.openForm("No account yet");

        JsonNode contacts = options(viewId, "contacts", "olga");

        assertThat(texts(contacts)).isNotEmpty().allSatisfy(t -> assertThat(t.toLowerCase()).contains("olga"));
    }

    private RecordedCall accountUpdate(String viewId, String accountId) {
        return e2e.slack.calls("views.update").stream().filter(c -> viewId.equals(c.param("view_id")))
                .filter(c -> c.param("view").contains(accountId)).findFirst().orElse(null);
    }

    private String accountId(String viewId, String name) {
        JsonNode options = options(viewId, "account", name);
        for (JsonNode option : options) {
            if (option.path("text").path("text").asText().startsWith(name)) {
                return option.path("value").asText();
            }
        }
        throw new AssertionError("no account " + name + " in " + options);
    }

    private JsonNode options(String viewId, String actionId, String query) {
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
