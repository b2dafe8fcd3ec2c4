package newdeal.slack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import newdeal.deal.Catalog;
import newdeal.deal.DealDraft;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.Opportunity;

/** What the rep is told about a created deal: its name and link, account, step, value with currency, closing date. */
record DealSummary(String name, String url, String account, String step, String value, LocalDate closingDate) {

    /** From what Pipeliner stored, falling back to what was submitted where Pipeliner's answer left a field out. */
    static DealSummary of(Opportunity created, ParsedForm form, Optional<Catalog> catalog,
                          UnaryOperator<String> opportunityUrl) {
        FormValues typed = form.values();
        String stepId = created.stepId() != null ? created.stepId() : typed.stepId();
        String step = catalog.flatMap(c -> c.step(stepId)).map(Labels::step).orElse(null);
        String name = created.name() != null ? created.name() : typed.name();
        LocalDate closing = created.closingDate() != null ? created.closingDate() : typed.closingDate();
        String account = typed.account() == null ? null : typed.account().label();
        return new DealSummary(name, opportunityUrl.apply(created.id()), account, step,
                value(created, form.draft(), catalog), closing);
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
        if (amount == null) {
            return null;
        }
        String idOrBase = currencyId;
        Optional<Currency> currency = catalog.flatMap(c -> idOrBase == null ? c.baseCurrency() : c.currency(idOrBase));
        return Labels.money(amount, currency.map(Currency::code).orElse(null));
    }
}
