package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftRulesTest {
    private static final DealDraft GOOD = new DealDraft("Globex renewal", "acc-1", List.of("c-1"), "st-proposal",
            new BigDecimal("1200.50"), null, LocalDate.of(2026, 4, 1), "u-anna", null);
    private final Optional<Catalog> catalog = Optional.of(Catalogs.sample());

    @Test
    void accepts_a_complete_draft() {
        assertThat(DraftRules.check(GOOD, catalog)).isEmpty();
    }

    @Test
    void accepts_a_zero_value_a_known_foreign_currency_and_no_contacts() {
        DealDraft draft = new DealDraft("Deal", "acc-1", null, "st-renew", BigDecimal.ZERO, "cur-usd",
                LocalDate.of(2026, 4, 1), "u-anna", "");
        assertThat(DraftRules.check(draft, catalog)).isEmpty();
    }

    @Test
    void asks_for_every_missing_field_at_once() {
        DealDraft empty = new DealDraft("  ", null, null, null, null, null, null, " ", null);

        assertThat(DraftRules.check(empty, catalog)).containsOnly(
                entry(DealField.NAME, "Enter a name for the deal."),
                entry(DealField.ACCOUNT, "Choose the account this deal is for."),
                entry(DealField.STEP, "Choose a pipeline step."),
                entry(DealField.VALUE, "Enter the deal's value (0 or more)."),
                entry(DealField.CLOSING_DATE, "Choose a closing date."),
                entry(DealField.OWNER, "Choose who owns this deal in Pipeliner."));
    }

    @Test
    void refuses_a_negative_value_naming_it() {
        DealDraft draft = withValue(new BigDecimal("-5.00"));
        assertThat(DraftRules.check(draft, catalog))
                .containsOnly(entry(DealField.VALUE, "Enter an amount of 0 or more, not -5.00."));
    }

    @Test
    void refuses_minus_ten_to_the_99999999_with_a_short_message_without_writing_the_number_out() {
        Map<DealField, String> errors = DraftRules.check(withValue(new BigDecimal("-1e99999999")), catalog);

        assertThat(errors).containsOnly(entry(DealField.VALUE, "Enter an amount of 0 or more, not -1E+99999999."));
    }

    @Test
    void refuses_amounts_from_ten_to_the_15_on_which_pipeliner_cannot_store() {
        assertThat(DraftRules.check(withValue(new BigDecimal("1e99999999")), catalog)).containsOnly(
                entry(DealField.VALUE, "Enter an amount below 1,000,000,000,000,000, not 1E+99999999."));
        assertThat(DraftRules.check(withValue(new BigDecimal("1000000000000000")), catalog)).containsOnly(
                entry(DealField.VALUE, "Enter an amount below 1,000,000,000,000,000, not 1000000000000000."));
        assertThat(DraftRules.check(withValue(new BigDecimal("999999999999999.99")), catalog)).isEmpty();
    }

    @Test
    void quotes_at_most_30_characters_of_an_amount() {
        String digits = "9".repeat(40);

        String message = DraftRules.check(withValue(new BigDecimal(digits)), catalog).get(DealField.VALUE);

        assertThat(message).isEqualTo("Enter an amount below 1,000,000,000,000,000, not " + "9".repeat(30) + "….");
    }

    @Test
    void takes_at_most_the_currencys_decimals() {
        assertThat(DraftRules.check(withValue(new BigDecimal("10.005")), catalog)).containsOnly(
                entry(DealField.VALUE, "Enter at most 2 decimals for EUR, not 10.005."));
        assertThat(DraftRules.check(withValue(new BigDecimal("10.500")), catalog)).as("trailing zeros").isEmpty();
        assertThat(DraftRules.check(withValue(new BigDecimal("1e-99999999")), catalog)).containsOnly(
                entry(DealField.VALUE, "Enter at most 2 decimals for EUR, not 1E-99999999."));
    }

    @Test
    void takes_whole_amounts_only_for_a_currency_without_decimals_and_three_decimals_where_iso_allows_them() {
        Catalog yenAndDinar = new Catalog(Catalogs.sample().pipelines(), List.of(
                new newdeal.pipeliner.Currency("cur-jpy", "JPY", "¥", true),
                new newdeal.pipeliner.Currency("cur-bhd", "BHD", "BD", false)), List.of(Catalogs.ANNA), List.of(),
                Catalogs.LOADED);

        assertThat(DraftRules.check(withValue(new BigDecimal("1500.5")), Optional.of(yenAndDinar))).containsOnly(
                entry(DealField.VALUE, "Enter a whole amount for JPY (no decimals), not 1500.5."));
        assertThat(DraftRules.check(withValue(new BigDecimal("1500")), Optional.of(yenAndDinar))).isEmpty();
        DealDraft dinars = new DealDraft(GOOD.name(), GOOD.accountId(), GOOD.contactIds(), GOOD.stepId(),
                new BigDecimal("12.125"), "cur-bhd", GOOD.closingDate(), GOOD.ownerId(), null);
        assertThat(DraftRules.check(dinars, Optional.of(yenAndDinar))).isEmpty();
    }

    @Test
    void refuses_a_name_longer_than_250_characters_saying_how_long_it_is() {
        DealDraft draft = new DealDraft("x".repeat(251), "acc-1", List.of(), "st-proposal", BigDecimal.ONE, null,
                LocalDate.of(2026, 4, 1), "u-anna", null);
        assertThat(DraftRules.check(draft, catalog)).containsOnly(
                entry(DealField.NAME, "Shorten the name to 250 characters or fewer (it has 251)."));
        DealDraft padded = new DealDraft(" " + "x".repeat(250) + " ", "acc-1", List.of(), "st-proposal",
                BigDecimal.ONE, null, LocalDate.of(2026, 4, 1), "u-anna", null);
        assertThat(DraftRules.check(padded, catalog)).isEmpty();
    }

    @Test
    void refuses_a_step_or_currency_the_catalog_does_not_know() {
        DealDraft draft = new DealDraft("Deal", "acc-1", List.of(), "st-gone", BigDecimal.TEN, "cur-gbp",
                LocalDate.of(2026, 4, 1), "u-anna", null);
        assertThat(DraftRules.check(draft, catalog)).containsOnly(
                entry(DealField.STEP, "That step no longer exists in Pipeliner. Choose another step."),
                entry(DealField.CURRENCY, "That currency is not set up in Pipeliner. Choose another currency."));
    }

    @Test
    void says_the_step_cannot_be_checked_while_no_catalog_is_loaded() {
        assertThat(DraftRules.check(GOOD, Optional.empty())).containsOnly(entry(DealField.STEP,
                "The pipelines are still loading from Pipeliner. Try again in a moment."));
    }

    private static DealDraft withValue(BigDecimal value) {
        return new DealDraft(GOOD.name(), GOOD.accountId(), GOOD.contactIds(), GOOD.stepId(), value,
                GOOD.currencyId(), GOOD.closingDate(), GOOD.ownerId(), GOOD.description());
    }
}
