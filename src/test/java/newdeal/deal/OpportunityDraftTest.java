package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import newdeal.pipeliner.Money;
import newdeal.pipeliner.NewOpportunity;
import newdeal.pipeliner.Relation;
import org.junit.jupiter.api.Test;

class OpportunityDraftTest {
    private final Catalog catalog = Catalogs.sample();

    @Test
    void sends_the_amount_in_the_base_currency_when_none_was_chosen() {
        NewOpportunity built = OpportunityDraft.build(draft("st-proposal", null, List.of("c-1")), catalog);

        assertThat(built.value()).isEqualTo(new Money(new BigDecimal("99.90"), "cur-eur", true));
        assertThat(built.opptyTypeId()).isNull();
    }

    @Test
    void sends_a_foreign_amount_with_its_currency_and_the_type_of_the_steps_pipeline() {
        NewOpportunity built = OpportunityDraft.build(draft("st-renew", "cur-usd", List.of()), catalog);

        assertThat(built.value()).isEqualTo(new Money(new BigDecimal("99.90"), "cur-usd", false));
        assertThat(built.opptyTypeId()).isEqualTo("ty-renew");
        assertThat(built.contactRelations()).isEmpty();
    }

    @Test
    void trims_the_name_drops_a_blank_description_and_makes_the_account_primary() {
        NewOpportunity built = OpportunityDraft.build(draft("st-proposal", null, List.of()), catalog);

        assertThat(built.name()).isEqualTo("Globex renewal");
        assertThat(built.description()).isNull();
        assertThat(built.accountRelations()).containsExactly(new Relation("acc-1", true));
        assertThat(built.ownerId()).isEqualTo("u-anna");
        assertThat(built.closingDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void keeps_contacts_in_the_order_chosen_without_repeats_the_first_primary() {
        NewOpportunity built = OpportunityDraft.build(draft("st-proposal", null, List.of("c-2", "c-1", "c-2")),
                catalog);

        assertThat(built.contactRelations())
                .containsExactly(new Relation("c-2", true), new Relation("c-1", false));
    }

    private static DealDraft draft(String stepId, String currencyId, List<String> contacts) {
        return new DealDraft("  Globex renewal ", "acc-1", contacts, stepId, new BigDecimal("99.90"), currencyId,
                LocalDate.of(2026, 4, 1), "u-anna", "   ");
    }
}
