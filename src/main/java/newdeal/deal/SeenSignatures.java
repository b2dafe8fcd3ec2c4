package newdeal.deal;

import java.time.Duration;

/**
 * The signatures of the Slack requests already accepted, so that a replay of one is refused. In memory by default
 * ({@link InMemorySeenSignatures}); a store shared by several instances can provide it too, so that a replay sent to
 * another instance is refused as well.
 */
public interface SeenSignatures {

    /**
     * Records {@code signature} for {@code window} and answers true, atomically, unless it is already recorded: then
     * it answers false (a replay). The window is how long a request with this signature could still be accepted.
     */
    boolean firstTime(String signature, Duration window);
}
