package newdeal.deal.state;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the store keeps each kind of state. The defaults are the app's retention before shared state existed:
 * finished outcomes 30 min (DealService), a modal's state 1 h after its last write (LiveViews, TypedForms), reply
 * markers 1 h (DealReplies), accepted signatures for Slack's 5-minute replay window, and who created an opportunity
 * as long as the outcome itself.
 *
 * @param claimLease how long a claim holds its key without an outcome: longer than the create deadline plus the time
 *                   to record the outcome, so only a dead instance's claim ever lapses
 */
public record Lifetimes(Duration claimLease, Duration outcome, Duration modal, Duration replySent,
                        Duration signatureSeen, Duration opportunityCreatedBy) {

    public Lifetimes {
        for (Duration d : new Duration[] {claimLease, outcome, modal, replySent, signatureSeen, opportunityCreatedBy}) {
            if (Objects.requireNonNull(d, "lifetime").toMillis() < 1) {
                throw new IllegalArgumentException("A lifetime must be at least 1 ms: " + d);
            }
        }
    }

    /** 20 s lease (the create deadline is 8 s), then the retention the app had in memory. */
    public static Lifetimes defaults() {
        return new Lifetimes(Duration.ofSeconds(20), Duration.ofMinutes(30), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofMinutes(30));
    }

    public Duration of(Marker marker) {
        return switch (marker) {
            case REPLY_SENT -> replySent;
            case SIGNATURE_SEEN -> signatureSeen;
            case OPPORTUNITY_CREATED_BY -> opportunityCreatedBy;
        };
    }

    public Lifetimes withClaimLease(Duration d) {
        return new Lifetimes(d, outcome, modal, replySent, signatureSeen, opportunityCreatedBy);
    }

    public Lifetimes withOutcome(Duration d) {
        return new Lifetimes(claimLease, d, modal, replySent, signatureSeen, opportunityCreatedBy);
    }

    public Lifetimes withModal(Duration d) {
        return new Lifetimes(claimLease, outcome, d, replySent, signatureSeen, opportunityCreatedBy);
    }

    /** Every marker family lives {@code d}: for tests that watch markers expire. */
    public Lifetimes withMarkers(Duration d) {
        return new Lifetimes(claimLease, outcome, modal, d, d, d);
    }
}
