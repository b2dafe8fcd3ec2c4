package newdeal.slack;

import com.slack.api.model.view.View;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.pipeliner.PipelinerAuthException;

/** Chooses and builds the modal to show: the form when the catalog is there, else "Loading…" or "unavailable". */
final class Screens {
    private final FormView forms;
    private final MetadataCodec codec;
    private final CatalogCache catalogs;

    Screens(FormView forms, MetadataCodec codec, CatalogCache catalogs) {
        this.forms = forms;
        this.codec = codec;
        this.catalogs = catalogs;
    }

    View form(Catalog catalog, FormValues values, OwnerHint hint, ModalMetadata metadata, List<String> notices) {
        return forms.build(new FormModel(catalog, values, hint, metadata, notices));
    }

    View form(FormModel model) {
        return forms.build(model);
    }

    /** For a cold catalog: "unavailable" when the last load failed, "Loading…" while one is on its way. */
    View cold(ModalMetadata metadata) {
        CompletableFuture<Catalog> ready = catalogs.ready();
        if (ready.isCompletedExceptionally()) {
            return unavailable(metadata, ready.handle((c, failure) -> failure).join());
        }
        return StatusViews.loading(codec.encode(metadata));
    }

    View unavailable(ModalMetadata metadata, Throwable failure) {
        return StatusViews.unavailable(codec.encode(metadata), reason(failure));
    }

    View creating(ModalMetadata metadata, String dealName) {
        return StatusViews.creating(codec.encode(metadata), dealName);
    }

    View created(ModalMetadata metadata, DealSummary summary) {
        return StatusViews.created(codec.encode(metadata), OutcomeText.linkedName(summary));
    }

    View failed(ModalMetadata metadata, String problem) {
        return StatusViews.failed(codec.encode(metadata), problem);
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof PipelinerAuthException) && cause.getCause() != null
                && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        if (cause instanceof PipelinerAuthException) {
            return "Pipeliner refused new-deal's API keys. Ask whoever set up new-deal to check them.";
        }
        return "Pipeliner is not answering right now.";
    }
}
