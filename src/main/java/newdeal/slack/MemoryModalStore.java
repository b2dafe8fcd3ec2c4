package newdeal.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.ModalStore;

/**
 * The modals' states in this process's memory (one instance): forgotten {@link #IDLE} after their last use, and at
 * most {@link #MAX_VIEWS} of them. Versions come from one counter, so a view forgotten and stored again never reuses a
 * version a reader still holds.
 */
final class MemoryModalStore implements ModalStore {
    /** A modal left alone this long is closed, or its rep gone: Slack's own views expire too. */
    static final Duration IDLE = Duration.ofHours(1);
    static final int MAX_VIEWS = 10_000;

    private final Cache<String, Versioned<ModalState>> states;
    private final AtomicLong versions = new AtomicLong(ABSENT);

    MemoryModalStore() {
        this(Ticker.systemTicker(), IDLE, MAX_VIEWS);
    }

    MemoryModalStore(Ticker ticker, Duration idle, int maxViews) {
        this.states = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .expireAfterAccess(idle).maximumSize(maxViews).build();
    }

    @Override
    public Optional<Versioned<ModalState>> get(String viewId) {
        return Optional.ofNullable(states.getIfPresent(viewId));
    }

    @Override
    public boolean replace(String viewId, long expectedVersion, ModalState next) {
        AtomicBoolean stored = new AtomicBoolean();
        states.asMap().compute(viewId, (id, current) -> {
            long version = current == null ? ABSENT : current.version();
            if (version != expectedVersion) {
                return current;
            }
            stored.set(true);
            return new Versioned<>(next, versions.incrementAndGet());
        });
        return stored.get();
    }

    /** How many views are held now. */
    long size() {
        states.cleanUp();
        return states.estimatedSize();
    }
}
