package newdeal.pipeliner;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * The two lists of open opportunities. An account's: the spec lets a list filter only on the entity's own fields,
 * and an opportunity reaches its accounts only through {@code LeadOpptyAccountRelations}, so one listing of the
 * account's relations with the opportunity expanded ({@code expand=oppty}, cut down by {@code load-only}) brings
 * every related opportunity at once; open ones are kept and ordered here, since no order on the opportunity's
 * {@code modified} can be asked of a relation listing. A user's: one page of Opportunities filtered on
 * {@code owner_id} and {@code status} (1 is Open), newest first.
 */
final class OpenOpportunities {
    static final String OPEN = "1";
    private static final List<String> FIELDS = List.of("id", "name", "owner_id", "step_id", "closing_date", "value",
            "status", "is_archived", "is_deleted", "created", "modified");
    private static final Comparator<OffsetDateTime> LATEST_FIRST =
            Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder());
    private static final Comparator<OpenOpportunity> MOST_RECENTLY_MODIFIED =
            Comparator.comparing(OpenOpportunity::modified, LATEST_FIRST)
                    .thenComparing(OpenOpportunity::created, LATEST_FIRST)
                    .thenComparing(OpenOpportunity::id);

    private final HttpUrl entities;
    private final Pages pages;

    OpenOpportunities(HttpUrl entities, Pages pages) {
        this.entities = entities;
        this.pages = pages;
    }

    /** Every page of the account's relations is read: the most recently modified open one may be on the last. */
    List<OpenOpportunity> ofAccount(String accountId, int limit, Instant deadline) {
        requirePositive(limit);
        HttpUrl url = entities.newBuilder().addPathSegment("LeadOpptyAccountRelations")
                .addQueryParameter("filter[account_id]", accountId)
                .addQueryParameter("expand", "oppty")
                .addQueryParameter("load-only", FIELDS.stream().map(f -> "oppty." + f).collect(Collectors.joining(",")))
                .build();
        Map<String, OpenOpportunity> open = new LinkedHashMap<>();
        pages.all(url, ListingWire.AccountRelationRow.class, deadline).stream()
                .map(ListingWire.AccountRelationRow::oppty)
                .filter(Objects::nonNull).filter(ListingWire.OpportunityRow::open)
                .forEach(o -> open.putIfAbsent(o.id(), o.toOpen()));
        return open.values().stream().sorted(MOST_RECENTLY_MODIFIED).limit(limit).toList();
    }

    List<OpenOpportunity> ownedBy(String userId, int limit, Instant deadline) {
        requirePositive(limit);
        HttpUrl url = entities.newBuilder().addPathSegment("Opportunities")
                .addQueryParameter("filter[owner_id]", userId)
                .addQueryParameter("filter[status]", OPEN)
                .addQueryParameter("filter[is_archived]", "false")
                .addQueryParameter("order-by", "-created")
                .addQueryParameter("load-only", String.join(",", FIELDS))
                .build();
        return pages.first(url, limit, ListingWire.OpportunityRow.class, deadline).stream()
                .filter(ListingWire.OpportunityRow::open).map(ListingWire.OpportunityRow::toOpen).toList();
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }
}
