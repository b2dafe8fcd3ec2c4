package newdeal.pipeliner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /entities/Opportunities} ({@code createOpportunityInput} in the spec), built only from a
 * {@link NewOpportunity} that Pipeliner can accept: required fields present, each relation list with exactly one
 * primary item after duplicates are removed. Anything else is refused before a byte is sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreateBody(@JsonProperty("name") String name, @JsonProperty("owner_id") String ownerId,
                  @JsonProperty("step_id") String stepId, @JsonProperty("closing_date") String closingDate,
                  @JsonProperty("value") Value value, @JsonProperty("oppty_type_id") String opptyTypeId,
                  @JsonProperty("description") String description,
                  @JsonProperty("account_relations") List<AccountRelation> accountRelations,
                  @JsonProperty("contact_relations") List<ContactRelation> contactRelations) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Value(@JsonProperty("base_value") BigDecimal baseValue, @JsonProperty("currency_id") String currencyId,
                 @JsonProperty("value_foreign") BigDecimal valueForeign) {
    }

    record AccountRelation(@JsonProperty("account_id") String accountId,
                           @JsonProperty("is_primary") boolean primary) {
    }

    record ContactRelation(@JsonProperty("contact_id") String contactId,
                           @JsonProperty("is_primary") boolean primary) {
    }

    static final int MAX_WHOLE_DIGITS = 15;

    /** @throws IllegalArgumentException naming what is missing or wrong; nothing has been sent then */
    static CreateBody of(NewOpportunity o) {
        require(o.name(), "name");
        require(o.ownerId(), "ownerId");
        require(o.stepId(), "stepId");
        require(o.closingDate(), "closingDate");
        require(o.value(), "value");
        List<Relation> accounts = distinct(o.accountRelations(), "accountRelations");
        List<Relation> contacts = distinct(o.contactRelations(), "contactRelations");
        return new CreateBody(o.name(), o.ownerId(), o.stepId(), o.closingDate().toString(), value(o.value()),
                o.opptyTypeId(), o.description(),
                accounts.stream().map(r -> new AccountRelation(r.id(), r.primary())).toList(),
                contacts.isEmpty() ? null
                        : contacts.stream().map(r -> new ContactRelation(r.id(), r.primary())).toList());
    }

    // Pipeliner computes the other amount from its rates; for the base currency both are the same number.
    private static Value value(Money money) {
        require(money.amount(), "value.amount");
        BigDecimal amount = money.amount();
        // Pipeliner keeps amounts as doubles: nothing from 10^15 on is stored exactly (or written plainly, at all).
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException("NewOpportunity.value.amount is beyond what Pipeliner stores (|v| < "
                    + "10^15), with " + (amount.precision() - amount.scale()) + " digits before the point");
        }
        if (money.base()) {
            return new Value(money.amount(), money.currencyId(), money.amount());
        }
        require(money.currencyId(), "value.currencyId (a foreign amount needs its currency)");
        return new Value(null, money.currencyId(), money.amount());
    }

    /**
     * Duplicate ids collapse into the first occurrence, primary if any of them was; then exactly one item must be
     * primary. An empty list is fine for contacts only (the caller omits it); accounts need their primary.
     */
    private static List<Relation> distinct(List<Relation> relations, String what) {
        Map<String, Boolean> byId = new LinkedHashMap<>();
        for (Relation r : relations) {
            require(r.id(), what + " id");
            byId.merge(r.id(), r.primary(), Boolean::logicalOr);
        }
        long primaries = byId.values().stream().filter(p -> p).count();
        boolean allowedEmpty = byId.isEmpty() && what.equals("contactRelations");
        if (primaries != 1 && !allowedEmpty) {
            throw new IllegalArgumentException(what + " must have exactly one primary item, not " + primaries
                    + ": " + relations);
        }
        return byId.entrySet().stream().map(e -> new Relation(e.getKey(), e.getValue())).toList();
    }

    private static void require(Object value, String what) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new IllegalArgumentException("NewOpportunity." + what + " is missing");
        }
    }
}
