package newdeal.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the rep typed. Any field may be null when not filled; {@code contactIds} keep the order chosen (the first
 * becomes the primary contact) and are never null (null becomes empty); {@code currencyId} null means the base
 * currency.
 */
public record DealDraft(String name, String accountId, List<String> contactIds, String stepId, BigDecimal value,
                        String currencyId, LocalDate closingDate, String ownerId, String description) {
    public DealDraft {
        contactIds = contactIds == null ? List.of() : contactIds.stream().filter(Objects::nonNull).toList();
    }
}
