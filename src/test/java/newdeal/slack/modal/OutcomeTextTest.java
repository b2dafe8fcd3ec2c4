package newdeal.slack.modal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newdeal.deal.DealDraft;
import newdeal.deal.DealField;
import newdeal.deal.DealOutcome;
import newdeal.deal.LoadFailure;
import newdeal.pipeliner.Opportunity;
import org.junit.jupiter.api.Test;

class OutcomeTextTest {
    private static final FormValues TYPED = new FormValues("Globex <renewal>", new Choice("acc-1", "Globex · Berlin"),
            List.of(), "s-prop", "12500.5", null, LocalDate.of(2030, 3, 31), "user-anna", null);
    private static final ParsedForm SUBMITTED = submitted(TYPED, new BigDecimal("12500.5"));

    @Test
    void lists_pipeliners_field_messages_under_the_sentence_saying_nothing_was_created() {
        DealOutcome rejected = new DealOutcome.Rejected("Pipeliner did not accept some fields. Nothing was created.",
                Map.of(DealField.STEP, "Step is archived."));

        assertThat(OutcomeText.problem(rejected))
                .isEqualTo("Pipeliner did not accept some fields. Nothing was created.\nPipeline step: Step is archived.");
        assertThat(OutcomeText.notices(rejected)).hasSize(2);
    }

    @Test
    void passes_a_failures_sentence_through_unchanged() {
        DealOutcome failed = new DealOutcome.Failed("Pipeliner is not available right now. Nothing was created.",
                true);

        assertThat(OutcomeText.problem(failed)).isEqualTo("Pipeliner is not available right now. Nothing was created.");
    }

    @Test
    void summarises_a_created_deal_with_its_link_step_value_in_the_base_currency_and_closing_date() {
        Opportunity created = new Opportunity("opp-1", "Globex <renewal>", "user-anna", "s-prop",
                LocalDate.of(2030, 3, 31), new BigDecimal("12500.5"), null, null, OffsetDateTime.now());

        DealSummary summary = DealSummary.of(created, SUBMITTED, Optional.of(Samples.catalog(Samples.EUR, Samples.USD)),
                id -> "https://crm.example.test/opportunities/" + id);

        assertThat(summary).isEqualTo(new DealSummary("Globex <renewal>", "https://crm.example.test/opportunities/opp-1",
                "Globex · Berlin", "Proposal · 40 %", "12,500.50 EUR", LocalDate.of(2030, 3, 31)));
        assertThat(OutcomeText.linkedName(summary))
                .isEqualTo("*<https://crm.example.test/opportunities/opp-1|Globex &lt;renewal&gt;>*");
        assertThat(OutcomeText.createdText(summary))
                .isEqualTo("Created Globex &lt;renewal&gt; in Pipeliner: https://crm.example.test/opportunities/opp-1");
    }

    @Test
    void shows_a_foreign_amount_in_its_own_currency() {
        Opportunity created = new Opportunity("opp-2", "Deal", "user-anna", "s-prop", LocalDate.of(2030, 3, 31),
                new BigDecimal("900"), new BigDecimal("999.99"), "cur-usd", OffsetDateTime.now());

        DealSummary summary = DealSummary.of(created, SUBMITTED, Optional.of(Samples.catalog(Samples.EUR, Samples.USD)),
                id -> id);

        assertThat(summary.value()).isEqualTo("999.99 USD");
    }

    @Test
    void falls_back_to_the_submitted_amount_as_parsed_when_pipeliners_answer_has_no_value() {
        FormValues typed = new FormValues("Deal", new Choice("acc-1", "Globex"), List.of(), "s-prop", " 12,500.50 ",
                "cur-usd", LocalDate.of(2030, 3, 31), "user-anna", null);
        Opportunity created = new Opportunity("opp-3", "Deal", "user-anna", "s-prop", LocalDate.of(2030, 3, 31),
                null, null, null, OffsetDateTime.now());

        DealSummary summary = DealSummary.of(created, submitted(typed, new BigDecimal("12500.50")),
                Optional.of(Samples.catalog(Samples.EUR, Samples.USD)), id -> id);

        assertThat(summary.value()).isEqualTo("12,500.50 USD");
    }

    @Test
    void builds_the_reply_with_the_linked_name_and_the_facts_as_fields() {
        DealSummary summary = new DealSummary("Deal", "https://x.test/1", "Globex", "Proposal · 40 %",
                "10.00 EUR", LocalDate.of(2030, 3, 31));

        ReplyMessage reply = ReplyMessage.created(summary);

        String blocks = Samples.json(StatusViews.modal("", null, "Done", reply.blocks())).path("blocks").toString();
        assertThat(reply.text()).contains("Deal").contains("https://x.test/1");
        assertThat(blocks).contains("<https://x.test/1|Deal>").contains("*Account*\\nGlobex")
                .contains("*Step*\\nProposal · 40 %").contains("*Value*\\n10.00 EUR")
                .contains("*Closing date*\\n2030-03-31");
    }

    @Test
    void tells_a_rep_whose_form_is_gone_what_they_typed_and_to_check_pipeliner_first_when_the_deal_may_exist() {
        DealOutcome mayExist = new DealOutcome.Failed("Pipeliner did not confirm the deal, so the deal may or may "
                + "not have been created. Check Pipeliner before you try again.", false);

        ReplyMessage reply = ReplyMessage.failed(OutcomeText.problem(mayExist), OutcomeText.afterClosedForm(mayExist),
                DealSummary.submitted(SUBMITTED, Optional.of(Samples.catalog(Samples.EUR, Samples.USD))));

        String blocks = Samples.json(StatusViews.modal("", null, "Done", reply.blocks())).path("blocks").toString();
        assertThat(blocks).contains("may or may not have been created").contains("*Name*\\nGlobex &lt;renewal&gt;")
                .contains("*Account*\\nGlobex · Berlin").contains("*Value*\\n12,500.50 EUR")
                .contains("If the deal is not in Pipeliner, type /new-deal");
        assertThat(OutcomeText.afterClosedForm(new DealOutcome.Failed("Nothing was created.", true)))
                .doesNotContain("If the deal");
    }

    @Test
    void tells_the_rep_who_can_fix_a_form_that_cannot_load() {
        assertThat(OutcomeText.cannotLoad(LoadFailure.KEYS_REFUSED)).contains("API keys")
                .contains("whoever set up new-deal");
        assertThat(OutcomeText.cannotLoad(LoadFailure.NOT_ANSWERING)).isEqualTo("Pipeliner is not answering right now.");
    }

    @Test
    void cuts_option_texts_to_75_characters_with_an_ellipsis() {
        String cut = Labels.fit("x".repeat(80));

        assertThat(cut).hasSize(75).endsWith("…");
        assertThat(Labels.fit("short")).isEqualTo("short");
    }

    private static ParsedForm submitted(FormValues typed, BigDecimal value) {
        return new ParsedForm(typed, new DealDraft(typed.name(), typed.account().id(), List.of(), typed.stepId(),
                value, typed.currencyId(), typed.closingDate(), typed.ownerId(), typed.description()), Map.of());
    }
}
