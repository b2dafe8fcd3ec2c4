package newdeal.deal;

import java.time.Instant;
import java.util.List;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.OpportunityType;
import newdeal.pipeliner.Pipeline;
import newdeal.pipeliner.PipelinerUser;
import newdeal.pipeliner.Step;

/** A small catalog built by hand for tests that need no Pipeliner. */
final class Catalogs {
    static final Instant LOADED = Instant.parse("2026-03-02T09:00:00Z");
    static final Step QUALIFY = new Step("st-qualify", "Qualify", 10, 1, "pl-new");
    static final Step PROPOSAL = new Step("st-proposal", "Proposal", 40, 2, "pl-new");
    static final Step RENEW = new Step("st-renew", "Renewal talk", 60, 1, "pl-renew");
    static final Currency EUR = new Currency("cur-eur", "EUR", "€", true);
    static final Currency USD = new Currency("cur-usd", "USD", "$", false);
    static final PipelinerUser ANNA = new PipelinerUser("u-anna", "anna@example.com", "Anna", "Berg", "Anna Berg",
            "unit-1");

    private Catalogs() {
    }

    /** Pipelines deliberately out of name order and steps out of sort order, as a careless source might send them. */
    static Catalog sample() {
        Pipeline renewals = new Pipeline("pl-renew", "Renewals", List.of(RENEW));
        Pipeline newBusiness = new Pipeline("pl-new", "new business", List.of(PROPOSAL, QUALIFY));
        Pipeline empty = new Pipeline("pl-empty", "Archive", List.of());
        return new Catalog(List.of(renewals, newBusiness, empty), List.of(USD, EUR), List.of(ANNA),
                List.of(new OpportunityType("ty-renew", "Renewal", "pl-renew"),
                        new OpportunityType("ty-none", "Other", null)), LOADED);
    }
}
