package newdeal.pipeliner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A valid opportunity to create, matching the fixtures, and variations of it. */
final class Opportunities {
    static final String OWNER = "6c1a9d3e-2b7f-4e1a-9c55-0d2f8a4b7e11";
    static final String STEP = "5e000001-0000-4000-8000-000000000001";
    static final String EUR = "c0000001-0000-4000-8000-000000000001";
    static final String USD = "c0000002-0000-4000-8000-000000000002";
    static final String GLOBEX = "ac000001-0000-4000-8000-000000000001";
    static final String MINDY = "c7000001-0000-4000-8000-000000000001";
    static final String HANK = "c7000002-0000-4000-8000-000000000002";

    private Opportunities() {
    }

    static NewOpportunity globexRenewal() {
        return withContacts(List.of(new Relation(MINDY, true), new Relation(HANK, false)));
    }

    static NewOpportunity withContacts(List<Relation> contacts) {
        return new NewOpportunity("Globex renewal", OWNER, STEP, LocalDate.of(2025, 9, 30),
                new Money(new BigDecimal("12500.50"), EUR, true), "7e000001-0000-4000-8000-000000000001",
                "Three-year renewal", List.of(new Relation(GLOBEX, true)), contacts);
    }

    static NewOpportunity withAccounts(List<Relation> accounts) {
        NewOpportunity o = globexRenewal();
        return new NewOpportunity(o.name(), o.ownerId(), o.stepId(), o.closingDate(), o.value(), o.opptyTypeId(),
                o.description(), accounts, o.contactRelations());
    }
}
