package newdeal.deal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import newdeal.pipeliner.Currency;

/**
 * The checks made before anything goes to Pipeliner, each with a sentence for the rep. The step and currency are
 * checked against the catalog; without one the step cannot be checked, and the rep is told to wait a moment.
 */
final class DraftRules {
    static final int MAX_NAME_LENGTH = 250;

    private DraftRules() {
    }

    static Map<DealField, String> check(DealDraft draft, Optional<Catalog> catalog) {
        Map<DealField, String> errors = new EnumMap<>(DealField.class);
        checkName(draft.name(), errors);
        checkValue(draft, catalog, errors);
        if (draft.closingDate() == null) {
            errors.put(DealField.CLOSING_DATE, "Choose a closing date.");
        }
        if (isBlank(draft.accountId())) {
            errors.put(DealField.ACCOUNT, "Choose the account this deal is for.");
        }
        if (isBlank(draft.ownerId())) {
            errors.put(DealField.OWNER, "Choose who owns this deal in Pipeliner.");
        }
        checkStep(draft.stepId(), catalog, errors);
        checkCurrency(draft.currencyId(), catalog, errors);
        return Collections.unmodifiableMap(errors);
    }

    private static void checkName(String name, Map<DealField, String> errors) {
        if (isBlank(name)) {
            errors.put(DealField.NAME, "Enter a name for the deal.");
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            errors.put(DealField.NAME, "Shorten the name to " + MAX_NAME_LENGTH + " characters or fewer (it has "
                    + name.strip().length() + ").");
        }
    }

    private static void checkValue(DealDraft draft, Optional<Catalog> catalog, Map<DealField, String> errors) {
        // A BigDecimal is always finite; the form parser reports text that is no number at all.
        if (draft.value() == null) {
            errors.put(DealField.VALUE, "Enter the deal's value (0 or more).");
            return;
        }
        Amounts.problem(draft.value(), catalog.flatMap(c -> currencyOf(draft.currencyId(), c)))
                .ifPresent(problem -> errors.put(DealField.VALUE, problem));
    }

    /** The chosen currency, or the base currency when none is chosen. */
    private static Optional<Currency> currencyOf(String currencyId, Catalog catalog) {
        return isBlank(currencyId) ? catalog.baseCurrency() : catalog.currency(currencyId);
    }

    private static void checkStep(String stepId, Optional<Catalog> catalog, Map<DealField, String> errors) {
        if (isBlank(stepId)) {
            errors.put(DealField.STEP, "Choose a pipeline step.");
        } else if (catalog.isEmpty()) {
            errors.put(DealField.STEP, "The pipelines are still loading from Pipeliner. Try again in a moment.");
        } else if (catalog.get().step(stepId).isEmpty()) {
            errors.put(DealField.STEP, "That step no longer exists in Pipeliner. Choose another step.");
        }
    }

    private static void checkCurrency(String currencyId, Optional<Catalog> catalog, Map<DealField, String> errors) {
        if (isBlank(currencyId) || catalog.isEmpty()) {
            return;
        }
        if (catalog.get().currency(currencyId).isEmpty()) {
            errors.put(DealField.CURRENCY, "That currency is not set up in Pipeliner. Choose another currency.");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
