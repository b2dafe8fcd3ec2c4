package newdeal.deal.state;

/** The answer to {@link StateStore#claim}: who may create the deal of one submission key. */
public sealed interface Claim {

    /**
     * This caller holds the key until it {@link StateStore#finish finishes} or {@link StateStore#release releases}
     * it, or until the lease lapses. {@code earlierClaimLapsed}: an earlier claim of this key lapsed without an
     * outcome or a release (its instance died or overran its lease), so an opportunity may already exist: look for it
     * in Pipeliner before creating. {@code token} tells this claim from any later one of the same key.
     */
    record Claimed(String submissionKey, String token, boolean earlierClaimLapsed) implements Claim {
    }

    /** Someone else (this instance or another) holds the key and is creating: answer "Creating…", send no reply. */
    record Held() implements Claim {
    }

    /** The key's create already ended with this outcome, as recorded by {@link StateStore#finish}. */
    record Finished(String outcome) implements Claim {
    }
}
