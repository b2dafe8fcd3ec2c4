package newdeal.slack;

import java.util.Optional;
import newdeal.deal.state.StateStore;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.ModalStateJson;
import newdeal.slack.modal.ModalStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modals' states in the app's {@link StateStore} (in memory, or in Redis for several instances): each state as
 * {@link ModalStateJson} beside the store's version, which counts writes from 1 exactly as {@link ModalStore} does.
 * Like every call to the store, these throw {@code StateUnavailableException} when it cannot answer in time.
 */
final class SharedModalStore implements ModalStore {
    private static final Logger log = LoggerFactory.getLogger(SharedModalStore.class);

    private final StateStore store;
    private final ModalStateJson json;

    SharedModalStore(StateStore store, ModalStateJson json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public Optional<Versioned<ModalState>> get(String viewId) {
        return store.readModal(viewId).map(stored -> new Versioned<>(read(viewId, stored.value()), stored.version()));
    }

    @Override
    public boolean replace(String viewId, long expectedVersion, ModalState next) {
        return store.writeModal(viewId, expectedVersion, json.write(next));
    }

    /**
     * A state no version of the app could have written reads as one that knows nothing, at its stored version, so
     * the next write replaces it instead of failing on it forever.
     */
    private ModalState read(String viewId, String text) {
        try {
            return json.read(text);
        } catch (IllegalArgumentException e) {
            log.warn("The stored state of view {} is unreadable; starting it afresh", viewId);
            return ModalState.carried(null, null, null, null, 0, 0, 0);
        }
    }
}
