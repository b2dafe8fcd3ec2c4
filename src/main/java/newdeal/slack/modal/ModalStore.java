package newdeal.slack.modal;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where the {@link ModalState} of each open modal is kept, by view id, with compare-and-set: every value has a
 * version, and a change is stored only if nobody stored another since it was read. In memory by default; a store
 * shared by several instances keeps each state as {@link ModalStateJson} beside its version.
 */
public interface ModalStore {
    /** The version {@link #replace} expects for a view the store holds nothing for. */
    long ABSENT = 0;

    /** A value and the version it was stored under. */
    record Versioned<T>(T value, long version) {
    }

    Optional<Versioned<ModalState>> get(String viewId);

    /**
     * Stores {@code next} if the view's version is still {@code expectedVersion} ({@link #ABSENT}: nothing stored);
     * false when another change came first, and then nothing is stored.
     */
    boolean replace(String viewId, long expectedVersion, ModalState next);

    /**
     * Applies {@code change} to the current state (empty when none) and stores its result, reading again and
     * re-applying whenever another change came first; an empty result leaves the store as it is. Returns what was
     * stored. {@code change} may run more than once, so it must not have side effects.
     */
    default Optional<ModalState> update(String viewId, Function<Optional<ModalState>, Optional<ModalState>> change) {
        while (true) {
            Optional<Versioned<ModalState>> current = get(viewId);
            Optional<ModalState> next = change.apply(current.map(Versioned::value));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (replace(viewId, current.map(Versioned::version).orElse(ABSENT), next.get())) {
                return next;
            }
        }
    }

    /** Stores {@code state} whatever was there. */
    default void put(String viewId, ModalState state) {
        update(viewId, current -> Optional.of(state));
    }
}
