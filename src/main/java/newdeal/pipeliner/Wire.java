package newdeal.pipeliner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What Pipeliner sends back, field names as in ../shared/pipeliner/openapi.json; only the fields new-deal reads.
 * Unknown fields (custom {@code cf_*} ones included) are ignored whatever the shared mapper's settings.
 */
final class Wire {
    private Wire() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record One<T>(@JsonProperty("data") T data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(@JsonProperty("data") List<T> data, @JsonProperty("page_info") PageInfo pageInfo,
                   @JsonProperty("total") Integer total) {
        Page {
            data = data == null ? List.of() : data;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PageInfo(@JsonProperty("end_cursor") String endCursor,
                    @JsonProperty("has_next_page") Boolean hasNextPage) {
        boolean more() {
            return Boolean.TRUE.equals(hasNextPage) && endCursor != null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClientDto(@JsonProperty("id") String id, @JsonProperty("email") String email,
                     @JsonProperty("first_name") String firstName,
                     @JsonProperty("last_name") String lastName,
                     @JsonProperty("formatted_name") String formattedName,
                     @JsonProperty("default_unit_id") String defaultUnitId,
                     @JsonProperty("is_deleted") Boolean deleted) {
        boolean live() {
            return !Boolean.TRUE.equals(deleted);
        }

        PipelinerUser toUser() {
            return new PipelinerUser(id, email, firstName, lastName, formattedName, defaultUnitId);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PipelineDto(@JsonProperty("id") String id, @JsonProperty("name") String name,
                       @JsonProperty("steps") List<StepDto> steps) {
        /** Live steps only (the record puts them in sort_order); an embedded step without pipeline_id is ours. */
        Pipeline toPipeline() {
            List<Step> live = (steps == null ? List.<StepDto>of() : steps).stream()
                    .filter(s -> !Boolean.TRUE.equals(s.deleted()))
                    .map(s -> s.toStep(id))
                    .toList();
            return new Pipeline(id, name, live);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StepDto(@JsonProperty("id") String id, @JsonProperty("name") String name,
                   @JsonProperty("percent") Integer percent, @JsonProperty("sort_order") Integer sortOrder,
                   @JsonProperty("pipeline_id") String pipelineId, @JsonProperty("is_deleted") Boolean deleted) {
        Step toStep(String owningPipelineId) {
            return new Step(id, name, percent == null ? 0 : percent,
                    sortOrder == null ? Integer.MAX_VALUE : sortOrder,
                    pipelineId == null ? owningPipelineId : pipelineId);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TypeDto(@JsonProperty("id") String id, @JsonProperty("name") String name,
                   @JsonProperty("pipeline_id") String pipelineId) {
        OpportunityType toType() {
            return new OpportunityType(id, name, pipelineId);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CurrencyDto(@JsonProperty("id") String id, @JsonProperty("code") String code,
                       @JsonProperty("symbol") String symbol, @JsonProperty("is_base") Boolean base) {
        Currency toCurrency() {
            return new Currency(id, code, symbol, Boolean.TRUE.equals(base));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AccountDto(@JsonProperty("id") String id, @JsonProperty("name") String name,
                      @JsonProperty("formatted_name") String formattedName, @JsonProperty("email1") String email1,
                      @JsonProperty("city") String city, @JsonProperty("owner_id") String ownerId,
                      @JsonProperty("modified") String modified, @JsonProperty("is_deleted") Boolean deleted) {
        Account toAccount() {
            return new Account(id, name != null ? name : formattedName, email1, city, ownerId);
        }

        AccountChange toChange() {
            OffsetDateTime at = Timestamps.parse(modified);
            return new AccountChange(toAccount(), Boolean.TRUE.equals(deleted), at == null ? null : at.toInstant());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactDto(@JsonProperty("id") String id, @JsonProperty("first_name") String firstName,
                      @JsonProperty("last_name") String lastName,
                      @JsonProperty("formatted_name") String formattedName, @JsonProperty("email1") String email1,
                      @JsonProperty("title") String title) {
        Contact toContact() {
            return new Contact(id, firstName, lastName, formattedName, email1, title);
        }
    }

    /** A ContactAccountRelation fetched with {@code expand=contact}: {@code contact} is the object, not a URI. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RelationDto(@JsonProperty("is_primary") Boolean primary, @JsonProperty("contact") ContactDto contact) {
        AccountContact toAccountContact() {
            return new AccountContact(contact.toContact(), Boolean.TRUE.equals(primary));
        }
    }

    /** {@code primary_account} is a URI to the account unless expanded (then the account itself), or null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OpportunityDto(@JsonProperty("id") String id, @JsonProperty("name") String name,
                          @JsonProperty("owner_id") String ownerId, @JsonProperty("step_id") String stepId,
                          @JsonProperty("closing_date") String closingDate, @JsonProperty("value") ValueDto value,
                          @JsonProperty("created") String created,
                          @JsonProperty("primary_account") JsonNode primaryAccount) {
        /** The primary account's id: the URI's last segment, or the expanded object's id; null when not given. */
        String primaryAccountId() {
            if (primaryAccount == null || primaryAccount.isNull()) {
                return null;
            }
            String id = primaryAccount.isObject() ? primaryAccount.path("id").asText(null) : primaryAccount.asText();
            return id == null || id.isBlank() ? null : id.substring(id.lastIndexOf('/') + 1);
        }

        Opportunity toOpportunity() {
            ValueDto v = value == null ? new ValueDto(null, null, null) : value;
            return new Opportunity(id, name, ownerId, stepId,
                    Timestamps.parseDate(closingDate),
                    v.baseValue(), v.valueForeign(), v.currencyId(), Timestamps.parse(created));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ValueDto(@JsonProperty("base_value") BigDecimal baseValue,
                    @JsonProperty("currency_id") String currencyId,
                    @JsonProperty("value_foreign") BigDecimal valueForeign) {
    }
}
