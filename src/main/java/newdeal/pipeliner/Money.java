package newdeal.pipeliner;

import java.math.BigDecimal;

/**
 * An opportunity's value. The client sends the amount as {@code base_value} when {@code base} is true and as
 * {@code value_foreign} with {@code currency_id} otherwise; Pipeliner computes the other from its exchange rates.
 */
public record Money(BigDecimal amount, String currencyId, boolean base) {
}
