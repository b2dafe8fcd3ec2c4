package newdeal.deal.state;

import java.util.Optional;

/**
 * The state that must be the same on every instance of new-deal: who creates each submission and how it ended, which
 * replies went out, which signed requests were already accepted, who created which opportunity, and each open modal's
 * state. {@link MemoryStateStore} keeps it in this process (one instance only); {@link RedisStateStore} in Redis, for
 * any number of instances. Both keep exactly these semantics, each entry for its {@link Lifetimes lifetime}.
 *
 * <p>Values are strings the caller serialises (JSON). Every operation is atomic, answers within the store's timeout
 * or throws {@link StateUnavailableException}, and never waits for another caller's operation to end.
 */
public interface StateStore extends AutoCloseable {

    /**
     * Claims a submission key for one create. {@link Claim.Claimed} when the key was free: the caller creates, then
     * calls {@link #finish} or {@link #release}; the claim lapses after the lease otherwise. {@link Claim.Held} while
     * someone else's claim holds it; {@link Claim.Finished} with the recorded outcome once its create ended.
     */
    Claim claim(String submissionKey);

    /**
     * Records how the claimed create ended; later claims of the key answer {@link Claim.Finished} with it for the
     * outcome's lifetime. Records it while this claim still holds the key, or when the key is free (the lease lapsed
     * and no one claimed since), and answers true; answers false, changing nothing, when another claim or outcome
     * took the key after this lease lapsed (that claimant was told to look in Pipeliner first).
     */
    boolean finish(Claim.Claimed claim, String outcome);

    /**
     * Frees the key for a retry, for an outcome that certainly created nothing (rejected, or failed before anything
     * was sent): the next claim of the key wins. True when this claim still held the key; false, changing nothing,
     * when it had lapsed.
     */
    boolean release(Claim.Claimed claim);

    /**
     * Marks {@code id} in the marker's family with {@code value}, unless it is already marked: empty when this call
     * marked it (for the family's lifetime from now), else the value marked first, left as it was with its lifetime.
     */
    Optional<String> putIfAbsent(Marker marker, String id, String value);

    /** True when this call marked {@code id} first: a reply may be sent, a signature was not seen before. */
    default boolean markFirst(Marker marker, String id) {
        return putIfAbsent(marker, id, "1").isEmpty();
    }

    /** The modal's state and its version; empty when none was written or it expired. */
    Optional<Versioned> readModal(String viewId);

    /**
     * Writes the modal's state when its stored version is still {@code expectedVersion} (0: none stored), making it
     * version {@code expectedVersion + 1}, kept for the modal lifetime from now; false, changing nothing, when another
     * write came first (read again, apply the change again, write again).
     */
    boolean writeModal(String viewId, long expectedVersion, String state);

    /** Which store, and whether it answers now. Never throws. */
    StateHealth health();

    /** Lets go of connections and threads; every call afterwards throws {@link StateUnavailableException}. */
    @Override
    void close();
}
