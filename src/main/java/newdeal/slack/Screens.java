package newdeal.slack;

import com.slack.api.model.view.View;
import java.util.concurrent.CompletableFuture;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.deal.LoadFailure;
import newdeal.slack.modal.DealSummary;
import newdeal.slack.modal.FormView;
import newdeal.slack.modal.MetadataCodec;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.OutcomeText;
import newdeal.slack.modal.StatusViews;

/**
 * Chooses and builds the modal to show for a {@link ModalState}: the form when the catalog is there, else "Loading…"
 * or "unavailable"; each view carries the state's private_metadata.
 */
final class Screens {
    private final FormView forms;
    private final MetadataCodec codec;
    private final CatalogCache catalogs;

    Screens(FormView forms, MetadataCodec codec, CatalogCache catalogs) {
        this.forms = forms;
        this.codec = codec;
        this.catalogs = catalogs;
    }

    View form(Catalog catalog, ModalState state) {
        return forms.build(catalog, state);
    }

    /** For a cold catalog: "unavailable" when the last load failed, "Loading…" while one is on its way. */
    View cold(ModalState state) {
        CompletableFuture<Catalog> ready = catalogs.ready();
        if (ready.isCompletedExceptionally()) {
            return unavailable(state, ready.handle((c, failure) -> failure).join());
        }
        return StatusViews.loading(codec.encode(state));
    }

    View unavailable(ModalState state, Throwable failure) {
        return StatusViews.unavailable(codec.encode(state), OutcomeText.cannotLoad(LoadFailure.of(failure)));
    }

    View creating(ModalState state, String dealName) {
        return StatusViews.creating(codec.encode(state), dealName);
    }

    View created(ModalState state, DealSummary summary) {
        return StatusViews.created(codec.encode(state), OutcomeText.linkedName(summary));
    }

    View failed(ModalState state, String problem) {
        return StatusViews.failed(codec.encode(state), problem);
    }
}
