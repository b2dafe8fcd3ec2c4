package newdeal.pipeliner;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import okhttp3.HttpUrl;

/**
 * Finds the opportunity a create may have stored although its answer was lost. Pipeliner is asked for those with the
 * same name and owner created since the first attempt began (minus a clock-skew margin), newest first; one is taken
 * only if its step and closing date, and its primary account and amount where the answer carries them, are what was
 * sent, so a colleague's deal with the same name is never mistaken for ours; and never one the caller says is taken
 * (another submission's identical deal, created moments before).
 */
final class CreatedLookup {
    private static final int CANDIDATES = 10;

    private final Pages pages;
    private final HttpUrl opportunities;
    private final Duration clockSkew;

    CreatedLookup(Pages pages, HttpUrl opportunities, Duration clockSkew) {
        this.pages = pages;
        this.opportunities = opportunities;
        this.clockSkew = clockSkew;
    }

    /**
     * A create that went out: its body, when its first attempt began, and which opportunity ids are known to be
     * another create's (never taken for this one, however well they match).
     */
    record Sent(CreateBody body, Instant since, Predicate<String> taken) {
    }

    Optional<Opportunity> find(Sent sent, Instant deadline) {
        CreateBody body = sent.body();
        HttpUrl query = opportunities.newBuilder()
                .addQueryParameter("filter[name]", body.name())
                .addQueryParameter("filter[owner_id]", body.ownerId())
                .addQueryParameter("filter[created]", Timestamps.forFilter(sent.since().minus(clockSkew)))
                .addQueryParameter("filter-op[created]", "gte")
                .addQueryParameter("order-by", "-created")
                .build();
        return pages.first(query, CANDIDATES, Wire.OpportunityDto.class, deadline).stream()
                .filter(found -> matches(body, found))
                .filter(found -> found.id() == null || !sent.taken().test(found.id()))
                .findFirst().map(Wire.OpportunityDto::toOpportunity);
    }

    static boolean matches(CreateBody sent, Wire.OpportunityDto found) {
        // Null-safe throughout: this runs after a POST went out, where an exception would hide what happened.
        return Objects.equals(sent.name(), found.name()) && Objects.equals(sent.ownerId(), found.ownerId())
                && Objects.equals(sent.stepId(), found.stepId())
                && Objects.equals(Timestamps.parseDate(sent.closingDate()), Timestamps.parseDate(found.closingDate()))
                && sameWhereGiven(primaryAccount(sent), found.primaryAccountId())
                && sameAmount(sent.value(), found.value());
    }

    /** The amount in the field it was sent in, and its currency; Pipeliner computes the other amount itself. */
    private static boolean sameAmount(CreateBody.Value sent, Wire.ValueDto found) {
        if (found == null) {
            return true;
        }
        boolean inBase = sent.baseValue() != null;
        return sameWhereGiven(inBase ? sent.baseValue() : sent.valueForeign(),
                inBase ? found.baseValue() : found.valueForeign())
                && sameWhereGiven(sent.currencyId(), found.currencyId());
    }

    private static String primaryAccount(CreateBody sent) {
        return sent.accountRelations().stream().filter(CreateBody.AccountRelation::primary)
                .map(CreateBody.AccountRelation::accountId).findFirst().orElse(null);
    }

    /** Equal, or one of them unknown (numbers by value: Pipeliner answers 12500.5 for 12500.50). */
    private static boolean sameWhereGiven(Object sent, Object found) {
        if (sent == null || found == null) {
            return true;
        }
        if (sent instanceof BigDecimal a && found instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(sent, found);
    }
}
