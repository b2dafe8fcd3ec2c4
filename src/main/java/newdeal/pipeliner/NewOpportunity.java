package newdeal.pipeliner;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code POST /entities/Opportunities} needs ({@code createOpportunityInput} in the spec).
 * {@code opptyTypeId} and {@code description} may be null; each relation list must hold exactly one primary item
 * (the client refuses otherwise, before sending anything).
 */
public record NewOpportunity(String name, String ownerId, String stepId, LocalDate closingDate, Money value,
                             String opptyTypeId, String description, List<Relation> accountRelations,
                             List<Relation> contactRelations) {
    public NewOpportunity {
        accountRelations = List.copyOf(accountRelations);
        contactRelations = List.copyOf(contactRelations);
    }
}
