package newdeal.slack.modal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newdeal.deal.Catalog;
import org.junit.jupiter.api.Test;

class FormViewTest {
    private final FormView forms = new FormView(new MetadataCodec(Samples.JSON));

    private JsonNode build(ModalState state) {
        return build(Samples.catalog(Samples.EUR, Samples.USD), state);
    }

    private JsonNode build(Catalog catalog, ModalState state) {
        return Samples.json(forms.build(catalog, state));
    }

    private static ModalState model(FormValues values) {
        return Samples.state(values);
    }

    @Test
    void builds_a_modal_with_callback_id_new_deal_and_the_inputs_in_order() {
        JsonNode view = build(model(Samples.fresh("Globex renewal")));

        assertThat(view.path("callback_id").asText()).isEqualTo("new_deal");
        List<String> actions = new ArrayList<>();
        view.path("blocks").forEach(b -> actions.add(b.path("element").path("action_id").asText()));
        assertThat(actions).containsExactly("deal_name", "account", "contacts", "step", "value", "currency",
                "closing_date", "owner", "description");
        assertThat(view.path("title").path("text").asText().length()).isLessThanOrEqualTo(24);
        assertThat(view.path("submit").path("text").asText().length()).isLessThanOrEqualTo(24);
    }

    @Test
    void prefills_the_name_and_the_closing_date() {
        JsonNode view = build(model(Samples.fresh("Globex renewal")));

        assertThat(Samples.input(view, "deal_name").path("element").path("initial_value").asText())
                .isEqualTo("Globex renewal");
        assertThat(Samples.input(view, "closing_date").path("element").path("initial_date").asText())
                .isEqualTo("2030-02-01");
    }

    @Test
    void groups_steps_by_pipeline_in_name_order_labels_them_with_percent_and_preselects_the_first_step() {
        JsonNode step = Samples.input(build(model(Samples.fresh("x"))), "step").path("element");

        assertThat(step.path("type").asText()).isEqualTo("static_select");
        assertThat(step.path("option_groups").get(0).path("label").path("text").asText()).isEqualTo("New Business");
        assertThat(step.path("option_groups").get(0).path("options").get(0).path("text").path("text").asText())
                .isEqualTo("Qualification · 10 %");
        assertThat(step.path("initial_option").path("value").asText()).isEqualTo("s-qual");
    }

    @Test
    void uses_an_external_select_for_steps_when_the_space_has_more_than_a_hundred() {
        JsonNode step = Samples.input(build(Samples.catalogWithSteps(101), model(Samples.fresh("x"))), "step")
                .path("element");

        assertThat(step.path("type").asText()).isEqualTo("external_select");
        assertThat(step.path("initial_option").path("value").asText()).isEqualTo("s0");
    }

    @Test
    void shows_the_currency_only_when_there_is_more_than_one_with_the_base_one_preselected() {
        JsonNode two = build(model(Samples.fresh("x")));
        JsonNode one = build(Samples.catalog(Samples.EUR), model(Samples.fresh("x")));

        assertThat(Samples.input(two, "currency").path("element").path("initial_option").path("value").asText())
                .isEqualTo("cur-eur");
        assertThat(Samples.input(one, "currency")).isNull();
    }

    @Test
    void makes_account_an_external_select_that_dispatches_and_contacts_a_multi_external_select() {
        JsonNode view = build(model(Samples.fresh("x")));

        JsonNode account = Samples.input(view, "account");
        assertThat(account.path("dispatch_action").asBoolean()).isTrue();
        assertThat(account.path("element").path("type").asText()).isEqualTo("external_select");
        assertThat(account.path("element").path("min_query_length").asInt()).isEqualTo(1);
        JsonNode contacts = Samples.input(view, "contacts");
        assertThat(contacts.path("optional").asBoolean()).isTrue();
        assertThat(contacts.path("element").path("type").asText()).isEqualTo("multi_external_select");
    }

    @Test
    void gives_the_contacts_block_a_new_block_id_when_the_account_changes() {
        ModalState before = model(Samples.fresh("x"));
        ModalState after = before.accountChosen(new Choice("acc-1", "Globex"), Samples.fresh("x"));

        JsonNode first = build(Samples.catalog(Samples.EUR), before);
        JsonNode second = build(Samples.catalog(Samples.EUR), after);

        assertThat(Samples.input(second, "contacts").path("block_id").asText())
                .isNotEqualTo(Samples.input(first, "contacts").path("block_id").asText());
        assertThat(Samples.input(second, "contacts").path("element").path("min_query_length").asInt()).isZero();
        assertThat(Samples.input(second, "account").path("element").path("initial_option").path("value").asText())
                .isEqualTo("acc-1");
    }

    @Test
    void preselects_the_owner_when_known_and_shows_why_it_must_be_chosen_when_not() {
        JsonNode known = build(Samples.catalog(Samples.EUR), model(Samples.fresh("x"))
                .ownerKnown("user-anna", OwnerHint.found()));
        JsonNode unknown = build(Samples.catalog(Samples.EUR), model(Samples.fresh("x"))
                .ownerFound(Optional.empty(), OwnerHint.noMatch("sam@example.test")).orElseThrow());

        assertThat(Samples.input(known, "owner").path("element").path("initial_option").path("text").path("text")
                .asText()).isEqualTo("Anna Keller");
        assertThat(Samples.input(unknown, "owner").path("hint").path("text").asText()).contains("sam@example.test");
        assertThat(Samples.input(unknown, "owner").path("optional").asBoolean()).isFalse();
        assertThat(Samples.input(unknown, "owner").path("dispatch_action").asBoolean()).isTrue();
    }

    @Test
    void shows_notices_above_the_inputs_and_keeps_every_value_as_typed() {
        FormValues typed = new FormValues("Deal", new Choice("acc-1", "Globex"),
                List.of(new Choice("c-2", "Bo"), new Choice("c-1", "Al")), "s-quote", "12.50", "cur-usd",
                java.time.LocalDate.of(2031, 5, 6), "user-tom", "Notes");

        JsonNode view = build(model(typed).failed(List.of("Nothing was created in Pipeliner.")).showingForm());

        assertThat(view.path("blocks").get(0).path("text").path("text").asText()).contains("Nothing was created");
        assertThat(Samples.input(view, "contacts").path("element").path("initial_options").get(0).path("value")
                .asText()).isEqualTo("c-2");
        assertThat(Samples.input(view, "step").path("element").path("initial_option").path("value").asText())
                .isEqualTo("s-quote");
        assertThat(Samples.input(view, "value").path("element").path("initial_value").asText()).isEqualTo("12.50");
        assertThat(Samples.input(view, "currency").path("element").path("initial_option").path("value").asText())
                .isEqualTo("cur-usd");
        assertThat(Samples.input(view, "owner").path("element").path("initial_option").path("value").asText())
                .isEqualTo("user-tom");
        assertThat(Samples.input(view, "description").path("element").path("initial_value").asText())
                .isEqualTo("Notes");
    }

    @Test
    void escapes_pipeliners_messages_in_the_notices_so_they_show_as_written() {
        JsonNode view = build(model(Samples.fresh("x")).failed(List.of(
                "Name: Use < 255 characters & no <!channel> or <https://evil.example|links>.")).showingForm());

        assertThat(view.path("blocks").get(0).path("text").path("text").asText()).isEqualTo(":warning: Name: Use "
                + "&lt; 255 characters &amp; no &lt;!channel&gt; or &lt;https://evil.example|links&gt;.");
    }

    @Test
    void carries_in_private_metadata_where_to_reply_and_the_account_and_block_revisions_it_shows() {
        ModalState state = model(Samples.fresh("x")).accountChosen(new Choice("acc-1", "Globex"), Samples.fresh("x"));
        JsonNode view = build(state);

        ModalState back = new MetadataCodec(Samples.JSON).decode(view.path("private_metadata").asText());
        assertThat(back.responseUrl()).isEqualTo(state.responseUrl());
        assertThat(back.channelId()).isEqualTo("C1");
        assertThat(back.userId()).isEqualTo("U1");
        assertThat(back.account()).isEqualTo(new Choice("acc-1", "Globex"));
        assertThat(back.contactsRev()).isEqualTo(state.contactsRev());
        assertThat(back.ownerRev()).isEqualTo(state.ownerRev());
        assertThat(back.attempt()).isEqualTo(state.attempt());
    }
}
