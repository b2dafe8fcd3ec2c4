package newdeal.pipeliner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shapes of the lists of open opportunities and of the account create, field names as in
 * ../shared/pipeliner/openapi.json; only what new-deal reads. Unknown fields are ignored.
 */
final class ListingWire {
    private ListingWire() {
    }

    /** An opportunity read with {@code load-only}: what a list shows, and what says whether it is open. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OpportunityRow(@JsonProperty("id") String id, @JsonProperty("name") String name,
                          @JsonProperty("owner_id") String ownerId, @JsonProperty("step_id") String stepId,
                          @JsonProperty("closing_date") String closingDate,
                          @JsonProperty("value") Wire.ValueDto value, @JsonProperty("status") Integer status,
                          @JsonProperty("is_archived") Boolean archived, @JsonProperty("is_deleted") Boolean deleted,
                          @JsonProperty("created") String created, @JsonProperty("modified") String modified) {
        /** Status 1 (Open; 2 is Lost, 3 Won), neither archived nor deleted. */
        boolean open() {
            return id != null && Integer.valueOf(1).equals(status) && !Boolean.TRUE.equals(archived)
                    && !Boolean.TRUE.equals(deleted);
        }

        OpenOpportunity toOpen() {
            Wire.ValueDto v = value == null ? new Wire.ValueDto(null, null, null) : value;
            return new OpenOpportunity(id, name, ownerId, stepId, Timestamps.parseDate(closingDate), v.valueForeign(),
                    v.currencyId(), v.baseValue(), Timestamps.parse(created), Timestamps.parse(modified));
        }
    }

    /** A LeadOpptyAccountRelation with {@code expand=oppty}: null when the relation is a lead's. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccountRelationRow(@JsonProperty("oppty") OpportunityRow oppty) {
    }

    /** The body of {@code POST /entities/Accounts}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccountBody(@JsonProperty("name") String name, @JsonProperty("owner_id") String ownerId,
                       @JsonProperty("email1") String email1) {

        /** @throws IllegalArgumentException naming what is missing; nothing has been sent then */
        static AccountBody of(NewAccount account) {
            if (account.name() == null || account.name().isBlank()) {
                throw new IllegalArgumentException("NewAccount.name is missing");
            }
            if (account.ownerId() == null || account.ownerId().isBlank()) {
                throw new IllegalArgumentException("NewAccount.ownerId is missing");
            }
            String email = account.email() == null || account.email().isBlank() ? null : account.email().strip();
            return new AccountBody(account.name().strip(), account.ownerId(), email);
        }
    }
}
