package newdeal.pipeliner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An opportunity as Pipeliner stored it. */
public record Opportunity(String id, String name, String ownerId, String stepId, LocalDate closingDate,
                          BigDecimal baseValue, BigDecimal valueForeign, String currencyId, OffsetDateTime created) {
}
