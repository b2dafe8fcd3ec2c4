package newdeal.deal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.Money;
import newdeal.pipeliner.NewOpportunity;
import newdeal.pipeliner.OpportunityType;
import newdeal.pipeliner.Relation;

/** Turns a valid draft into what Pipeliner's create needs, with what only the catalog knows. */
final class OpportunityDraft {

    private OpportunityDraft() {
    }

    static NewOpportunity build(DealDraft draft, Catalog catalog) {
        String typeId = catalog.pipelineOf(draft.stepId())
                .flatMap(p -> catalog.typeFor(p.id()))
                .map(OpportunityType::id)
                .orElse(null);
        return new NewOpportunity(draft.name().strip(), draft.ownerId().strip(), draft.stepId(), draft.closingDate(),
                money(draft, catalog), typeId, description(draft.description()),
                List.of(new Relation(draft.accountId().strip(), true)), contactRelations(draft.contactIds()));
    }

    private static Money money(DealDraft draft, Catalog catalog) {
        boolean chosen = draft.currencyId() != null && !draft.currencyId().isBlank();
        // No currency chosen means the base currency; a space without one still gets the amount as base_value.
        Currency currency = (chosen ? catalog.currency(draft.currencyId()) : catalog.baseCurrency()).orElse(null);
        if (currency == null) {
            return new Money(draft.value(), chosen ? draft.currencyId() : null, !chosen);
        }
        return new Money(draft.value(), currency.id(), currency.base());
    }

    private static String description(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The chosen contacts without repeats, in the order chosen; the first is the primary. */
    private static List<Relation> contactRelations(List<String> contactIds) {
        Set<String> ids = new LinkedHashSet<>();
        contactIds.stream().filter(id -> !id.isBlank()).map(String::strip).forEach(ids::add);
        List<Relation> relations = new ArrayList<>();
        for (String id : ids) {
            relations.add(new Relation(id, relations.isEmpty()));
        }
        return relations;
    }
}
