package newdeal.slack;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after views.open, off the request thread: a "Loading…" modal becomes the form when the catalog
 * arrives (or says plainly that Pipeliner is down), and the owner is preselected once the rep's Pipeliner user is
 * found. Each update names the hash of the view it replaces, so it never overwrites a newer one.
 */
final class ModalFollowUp {
    private static final Logger log = LoggerFactory.getLogger(ModalFollowUp.class);

    private final LiveViews live;
    private final Screens screens;
    private final CatalogCache catalogs;
    private final OwnerLookup owners;
    private final ExecutorService executor;
    private final SlackTimings timings;

    ModalFollowUp(LiveViews live, Screens screens, CatalogCache catalogs, OwnerLookup owners,
                  ExecutorService executor, SlackTimings timings) {
        this.live = live;
        this.screens = screens;
        this.catalogs = catalogs;
        this.owners = owners;
        this.executor = executor;
        this.timings = timings;
    }

    /** {@code formShown}: the opened view is already the form (warm catalog), not "Loading…". */
    void afterOpen(SlackWeb.OpenedView view, FormValues values, ModalMetadata metadata, boolean formShown) {
        Optional<OwnerLookup.Result> known = owners.known(metadata.userId());
        if (formShown && known.isPresent()) {
            return; // the form opened complete: nothing to follow up, no task to hand over
        }
        CompletableFuture<OwnerLookup.Result> owner = known.map(CompletableFuture::completedFuture)
                .orElseGet(() -> CompletableFuture.supplyAsync(() -> owners.lookUp(metadata.userId()), executor));
        executor.execute(() -> follow(view, values, metadata, formShown, known.isPresent(), owner));
    }

    private void follow(SlackWeb.OpenedView view, FormValues values, ModalMetadata metadata, boolean formShown,
                        boolean ownerShown, CompletableFuture<OwnerLookup.Result> owner) {
        Optional<Catalog> catalog = formShown ? catalogs.current() : awaitCatalog(view, metadata);
        if (catalog.isEmpty()) {
            return;
        }
        if (!formShown) {
            OwnerLookup.Result now = owner.getNow(null);
            FormModel form = new FormModel(catalog.get(), values, OwnerHint.lookingUp(), metadata, List.of());
            FormModel first = now == null ? form : form.withOwnerFound(now);
            if (live.showForm(view.id(), view.hash(), shown -> Optional.of(first)).isEmpty() || now != null) {
                return;
            }
        }
        if (!ownerShown) {
            OwnerLookup.Result found = awaitOwner(owner);
            if (found != null) {
                // Starts from the form shown last: an account chosen meanwhile stays chosen, and an owner the rep
                // picked meanwhile stays picked (no update at all, so Slack keeps the input as it is).
                live.showForm(view.id(), view.hash(), shown -> shown.filter(m -> !m.ownerChosen())
                        .map(m -> m.withOwnerFound(found)));
            }
        }
    }

    private Optional<Catalog> awaitCatalog(SlackWeb.OpenedView view, ModalMetadata metadata) {
        try {
            return Optional.of(catalogs.ready().get(timings.catalogWait().toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            Throwable failure = e.getCause() != null ? e.getCause() : e;
            log.warn("The deal form could not load: {}", failure.getClass().getSimpleName());
            live.showOther(view.id(), view.hash(), screens.unavailable(metadata, failure));
            return Optional.empty();
        }
    }

    private OwnerLookup.Result awaitOwner(CompletableFuture<OwnerLookup.Result> owner) {
        try {
            return owner.get(timings.ownerWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            log.warn("The owner lookup gave up: {}", e.getClass().getSimpleName());
            return null;
        }
    }
}
