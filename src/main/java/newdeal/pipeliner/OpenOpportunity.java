package newdeal.pipeliner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An open opportunity (status 1) as a list shows it: name, step, owner, value in its currency ({@code valueForeign}
 * with {@code currencyId}; {@code baseValue} in the base currency), closing date, and when it was created and last
 * modified. Names of the step, owner and currency come from the catalog.
 */
public record OpenOpportunity(String id, String name, String ownerId, String stepId, LocalDate closingDate,
                              BigDecimal valueForeign, String currencyId, BigDecimal baseValue,
                              OffsetDateTime created, OffsetDateTime modified) {
}
