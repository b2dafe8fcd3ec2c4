package newdeal.web;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the app has finished starting, and whether Slack's {@code auth.test} passed then. Main marks it once, after
 * Bolt has started and the app takes Slack's requests; until then {@code /healthz} answers 503.
 */
public final class HealthState {
    private final AtomicReference<Boolean> slackAuthOk = new AtomicReference<>();

    /** The app takes Slack's requests from now on; {@code slackAuthOk} is what auth.test said at start. */
    public void started(boolean slackAuthOk) {
        this.slackAuthOk.set(slackAuthOk);
    }

    public boolean isStarted() {
        return slackAuthOk.get() != null;
    }

    /** Empty before the start. */
    Optional<Boolean> slackAuthOk() {
        return Optional.ofNullable(slackAuthOk.get());
    }
}
