package newdeal.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The modals new-deal holds open: per view, the hash Slack gave our last update and the form model it showed. Updates
 * to one view run one at a time and start from what was shown last, so two of ours (the owner found, the account
 * chosen) never undo each other or fail on each other's hash. A view Slack replaced after a submission answer has no
 * known hash: the request's own hash (or none) is used then. A submission's result goes without a hash (last write
 * wins, and it is the last).
 */
final class LiveViews {
    private record Shown(String hash, FormModel model) {
    }

    private static final class Live {
        private final ReentrantLock lock = new ReentrantLock();
        // Set under the lock by our updates, and without it by replacedBySlack, which must never wait for an update
        // in flight (it runs inside a submission's 3 s). Updates store their hash only if nothing replaced it meanwhile.
        private final AtomicReference<Shown> shown = new AtomicReference<>();
    }

    private final SlackWeb slack;
    private final Screens screens;
    private final Cache<String, Live> views = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
            .maximumSize(10_000).build();

    LiveViews(SlackWeb slack, Screens screens) {
        this.slack = slack;
        this.screens = screens;
    }

    /** Slack opened the view; {@code model} is null unless it is the form. */
    void opened(String viewId, String hash, FormModel model) {
        live(viewId).shown.set(new Shown(hash, model));
    }

    /**
     * Slack replaced the view with one we answered a submission with; its hash is unknown to us. Does not wait for an
     * update in flight: that one then does not store its (now stale) hash over this.
     */
    void replacedBySlack(String viewId, FormModel model) {
        live(viewId).shown.set(new Shown(null, model));
    }

    /**
     * Shows the form that {@code change} makes of the form shown last (empty when the view shows no form); an empty
     * result leaves the view as it is. {@code hashFromSlack}: the hash a request carried, used when ours is unknown.
     */
    Optional<String> showForm(String viewId, String hashFromSlack,
                              Function<Optional<FormModel>, Optional<FormModel>> change) {
        Live live = live(viewId);
        live.lock.lock();
        try {
            Shown shown = live.shown.get();
            Optional<FormModel> next = change.apply(Optional.ofNullable(shown).map(Shown::model));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> hash = slack.update(viewId, hashOf(shown, hashFromSlack), screens.form(next.get()));
            hash.ifPresent(h -> live.shown.compareAndSet(shown, new Shown(h, next.get())));
            return hash;
        } finally {
            live.lock.unlock();
        }
    }

    /** Shows a view that is not the form (loading, unavailable, created, failed). */
    Optional<String> showOther(String viewId, String hashFromSlack, View view) {
        Live live = live(viewId);
        live.lock.lock();
        try {
            Shown shown = live.shown.get();
            Optional<String> hash = slack.update(viewId, hashOf(shown, hashFromSlack), view);
            hash.ifPresent(h -> live.shown.compareAndSet(shown, new Shown(h, null)));
            return hash;
        } finally {
            live.lock.unlock();
        }
    }

    /** Notes a change the rep made in Slack (so the view needs no update), e.g. the owner picked. */
    void remember(String viewId, UnaryOperator<FormModel> change) {
        Live live = views.getIfPresent(viewId);
        if (live == null) {
            return;
        }
        live.lock.lock();
        try {
            Shown shown = live.shown.get();
            if (shown != null && shown.model() != null) {
                live.shown.compareAndSet(shown, new Shown(shown.hash(), change.apply(shown.model())));
            }
        } finally {
            live.lock.unlock();
        }
    }

    /**
     * Shows the end of a submission (the link, or the problem) without naming a hash: whatever the view shows now,
     * this is what it must show last, and a stale hash must not keep "Creating…" up forever.
     */
    Optional<String> showFinal(String viewId, View view) {
        Live live = live(viewId);
        live.lock.lock();
        try {
            Optional<String> hash = slack.update(viewId, null, view);
            hash.ifPresent(h -> live.shown.set(new Shown(h, null)));
            return hash;
        } finally {
            live.lock.unlock();
        }
    }

    private static String hashOf(Shown shown, String hashFromSlack) {
        return shown != null && shown.hash() != null ? shown.hash() : hashFromSlack;
    }

    private Live live(String viewId) {
        return views.get(viewId, id -> new Live());
    }
}
