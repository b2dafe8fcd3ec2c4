package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Checks an opportunity's {@code value} and completes it as Pipeliner does: the amount comes in {@code base_value}
 * (base currency) and/or {@code value_foreign} (in {@code currency_id}, the base currency when left out); the missing
 * one is computed with the currency's exchange rate, which counts units of that currency per one base unit.
 */
final class MoneyCheck {
    private static final List<String> KEYS = List.of("base_value", "currency_id", "value_foreign");
    private final Store store;

    MoneyCheck(Store store) {
        this.store = store;
    }

    Optional<ObjectNode> check(JsonNode value, FieldChecks checks) {
        if (!value.isObject()) {
            checks.fail("value", "Field 'value' must be an object with base_value, value_foreign and currency_id, got "
                    + value + ".");
            return Optional.empty();
        }
        value.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                checks.fail("value." + key, "Unknown field 'value." + key + "'.");
            }
        });
        JsonNode currencyId = value.path("currency_id");
        Optional<ObjectNode> currency = Values.isNull(currencyId) ? baseCurrency()
                : checks.reference("value.currency_id", currencyId, "Currencies");
        Optional<BigDecimal> base = amount("value.base_value", value.get("base_value"), checks);
        Optional<BigDecimal> foreign = amount("value.value_foreign", value.get("value_foreign"), checks);
        if (base.isEmpty() && foreign.isEmpty() && Values.isNull(value.get("base_value"))
                && Values.isNull(value.get("value_foreign"))) {
            checks.fail("value", "Field 'value' needs the amount in base_value or value_foreign.");
            return Optional.empty();
        }
        return currency.flatMap(c -> complete(c, base, foreign, checks));
    }

    private Optional<ObjectNode> complete(ObjectNode currency, Optional<BigDecimal> base,
                                          Optional<BigDecimal> foreign, FieldChecks checks) {
        if (base.isEmpty() && foreign.isEmpty()) {
            return Optional.empty();  // a bad amount, already reported
        }
        boolean isBase = currency.path("is_base").asBoolean();
        Optional<BigDecimal> rate = isBase ? Optional.of(BigDecimal.ONE) : rateOf(currency);
        if (rate.isEmpty()) {
            checks.fail("value.currency_id", "Currency " + currency.path("code").asText() + " has no exchange rate.");
            return Optional.empty();
        }
        if (isBase && base.isPresent() && foreign.isPresent() && base.get().compareTo(foreign.get()) != 0) {
            checks.fail("value", "For the base currency " + currency.path("code").asText() + " base_value and "
                    + "value_foreign must be equal, got " + base.get() + " and " + foreign.get() + ".");
            return Optional.empty();
        }
        BigDecimal baseValue = base.orElseGet(() -> foreign.get().divide(rate.get(), 2, RoundingMode.HALF_UP));
        BigDecimal foreignValue = foreign.orElseGet(() -> base.get().multiply(rate.get())
                .setScale(2, RoundingMode.HALF_UP));
        ObjectNode money = JsonNodeFactory.instance.objectNode();
        money.put("base_value", baseValue).put("currency_id", currency.path("id").asText())
                .put("value_foreign", foreignValue);
        return Optional.of(money);
    }

    private static Optional<BigDecimal> amount(String field, JsonNode value, FieldChecks checks) {
        if (Values.isNull(value)) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            checks.fail(field, "Field '" + field + "' must be a number, got " + value + ".");
            return Optional.empty();
        }
        return Optional.of(value.decimalValue());
    }

    private Optional<ObjectNode> baseCurrency() {
        return store.require("Currencies").rows().stream()
                .filter(c -> c.path("is_base").asBoolean() && !Table.isDeleted(c)).findFirst();
    }

    private Optional<BigDecimal> rateOf(ObjectNode currency) {
        return store.require("CurrencyExchangeRates").liveWhere("currency_id", currency.path("id").asText()).stream()
                .map(r -> r.path("exchange_rate")).filter(JsonNode::isNumber).map(JsonNode::decimalValue)
                .filter(r -> r.signum() > 0).findFirst();
    }
}
