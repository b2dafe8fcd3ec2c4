package newdeal.slack.modal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import newdeal.deal.Catalog;
import newdeal.deal.DealDraft;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.Opportunity;

/**
 * What the rep is told about a deal: its name and link (null when there is none), account, step, value with
 * currency, closing date.
 */
public record DealSummary(String name, String url, String account, String step, String value, LocalDate closingDate) {

    /** From what Pipeliner stored, falling back to what was submitted where Pipeliner's answer left a field out. */
    public static DealSummary of(Opportunity created, ParsedForm form, Optional<Catalog> catalog,
                          UnaryOperator<String> opportunityUrl) {
        FormValues typed = form.values();
        String stepId = created.stepId() != null ? created.stepId() : typed.stepId();
        String name = created.name() != null ? created.name() : typed.name();
        LocalDate closing = created.closingDate() != null ? created.closingDate() : typed.closingDate();
        return new DealSummary(name, opportunityUrl.apply(created.id()), account(typed), step(stepId, catalog),
                value(created, form.draft(), catalog), closing);
    }

    /** What the rep submitted, for when nothing (or maybe nothing) was created and the form is gone. */
    public static DealSummary submitted(ParsedForm form, Optional<Catalog> catalog) {
        FormValues typed = form.values();
        return new DealSummary(typed.name(), null, account(typed), step(typed.stepId(), catalog),
                money(form.draft().value(), form.draft().currencyId(), catalog), typed.closingDate());
    }

    private static String account(FormValues typed) {
        return typed.account() == null ? null : typed.account().label();
    }

    private static String step(String stepId, Optional<Catalog> catalog) {
        return stepId == null ? null : catalog.flatMap(c -> c.step(stepId)).map(Labels::step).orElse(null);
    }

    private static String value(Opportunity created, DealDraft submitted, Optional<Catalog> catalog) {
        boolean foreign = created.valueForeign() != null && created.currencyId() != null;
        BigDecimal amount = foreign ? created.valueForeign() : created.baseValue();
        String currencyId = foreign ? created.currencyId() : null;
        if (amount == null) {
            // The amount as the parser read it (the rep's text may hold spaces or thousands separators).
            amount = submitted.value();
            currencyId = submitted.currencyId();
        }
        return money(amount, currencyId, catalog);
    }

    /** {@code currencyId} null: the base currency. */
    private static String money(BigDecimal amount, String currencyId, Optional<Catalog> catalog) {
        if (amount == null) {
            return null;
        }
        Optional<Currency> currency = catalog.flatMap(c -> currencyId == null ? c.baseCurrency()
                : c.currency(currencyId));
        return Labels.money(amount, currency.map(Currency::code).orElse(null));
    }
}
