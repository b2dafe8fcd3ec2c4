package newdeal.web;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the app has finished starting, whether Slack's {@code auth.test} passed then, and in Socket Mode whether the
 * websocket to Slack is open. Main marks the start once Bolt has started; until then {@code /healthz} answers 503, and
 * in Socket Mode also until the websocket first opened.
 */
public final class HealthState {
    private final AtomicReference<Boolean> slackAuthOk = new AtomicReference<>();
    private final AtomicReference<Boolean> slackConnected = new AtomicReference<>();

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

    /** Socket Mode: whether the websocket is open now. A closed one before it ever opened leaves it unknown. */
    void slackConnected(boolean open) {
        slackConnected.updateAndGet(was -> was == null && !open ? null : open);
    }

    /** Empty in HTTP mode, and in Socket Mode until the websocket first opened. */
    Optional<Boolean> slackConnected() {
        return Optional.ofNullable(slackConnected.get());
    }
}
