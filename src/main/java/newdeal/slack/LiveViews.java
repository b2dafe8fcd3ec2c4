package newdeal.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import newdeal.deal.Catalog;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.ModalStore;
import newdeal.slack.modal.ModalStore.Versioned;

/**
 * The one writer of the modals' states: it shows a view in Slack and stores the state that view shows, with the hash
 * Slack gave it. The app's updates of one view run one at a time (a lock per view) and start from the state stored
 * last, so two of them (the owner found, the account chosen) never undo each other or fail on each other's hash.
 * {@link #replacedBySlack} takes no lock: it runs inside a submission's 3 s, and an update in flight then finds the
 * state changed under it (compare-and-set) and does not store its now stale hash. A submission's result goes without
 * a hash (last write wins, and it is the last).
 */
final class LiveViews {
    private final SlackWeb slack;
    private final Screens screens;
    private final ModalStore store;
    private final Cache<String, ReentrantLock> locks = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
            .maximumSize(10_000).build();

    LiveViews(SlackWeb slack, Screens screens, ModalStore store) {
        this.slack = slack;
        this.screens = screens;
        this.store = store;
    }

    /** What the app knows about the view, if anything. */
    Optional<ModalState> find(String viewId) {
        return viewId == null ? Optional.empty() : store.get(viewId).map(Versioned::value);
    }

    /** Slack opened the view showing {@code state}, with this hash. */
    void opened(String viewId, String hash, ModalState state) {
        store.put(viewId, state.withHash(hash));
    }

    /** Slack replaced the view with {@code state}, which a submission was answered with; its hash is unknown to us. */
    void replacedBySlack(String viewId, ModalState state) {
        store.put(viewId, state.withHash(null));
    }

    /**
     * Shows the form that {@code change} makes of the state shown last (empty when the view shows no form or the app
     * knows nothing of it); an empty result leaves the view as it is. {@code hashFromSlack}: the hash a request
     * carried, used when ours is unknown.
     */
    Optional<String> showForm(String viewId, String hashFromSlack, Catalog catalog,
                              Function<Optional<ModalState>, Optional<ModalState>> change) {
        return locked(viewId, () -> {
            Optional<Versioned<ModalState>> shown = store.get(viewId);
            Optional<ModalState> next = change.apply(shown.map(Versioned::value).filter(ModalState::formShown))
                    .map(ModalState::showingForm);
            return next.flatMap(state -> show(viewId, shown, hashFromSlack, state, screens.form(catalog, state)));
        });
    }

    /** Shows {@code view}, a status built from {@code state} (loading, unavailable, failed). */
    Optional<String> showStatus(String viewId, String hashFromSlack, ModalState state, View view) {
        return locked(viewId, () -> show(viewId, store.get(viewId), hashFromSlack, state.showingStatus(), view));
    }

    /** Notes a change the rep made in Slack (so the view needs no update), e.g. the owner picked. */
    void remember(String viewId, UnaryOperator<ModalState> change) {
        locked(viewId, () -> {
            store.get(viewId).filter(shown -> shown.value().formShown())
                    .ifPresent(shown -> store.replace(viewId, shown.version(), change.apply(shown.value())));
            return Optional.empty();
        });
    }

    /**
     * Shows the end of a submission (the link, or the problem) without naming a hash: whatever the view shows now,
     * this is what it must show last, and a stale hash must not keep "Creating…" up forever.
     */
    Optional<String> showFinal(String viewId, ModalState state, View view) {
        return locked(viewId, () -> {
            Optional<String> hash = slack.update(viewId, null, view);
            hash.ifPresent(h -> store.put(viewId, state.showingStatus().withHash(h)));
            return hash;
        });
    }

    /** Updates the view; stores {@code next} with the new hash unless the state changed meanwhile. */
    private Optional<String> show(String viewId, Optional<Versioned<ModalState>> shown, String hashFromSlack,
                                  ModalState next, View view) {
        String hash = shown.map(s -> s.value().hashOr(hashFromSlack)).orElse(hashFromSlack);
        Optional<String> newHash = slack.update(viewId, hash, view);
        newHash.ifPresent(h -> store.replace(viewId, shown.map(Versioned::version).orElse(ModalStore.ABSENT),
                next.withHash(h)));
        return newHash;
    }

    private <T> Optional<T> locked(String viewId, Supplier<Optional<T>> work) {
        ReentrantLock lock = locks.get(viewId, id -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
