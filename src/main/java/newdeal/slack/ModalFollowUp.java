package newdeal.slack;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.slack.modal.ModalState;
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

    /** {@code opened}: what the view Slack just opened shows, the form (warm catalog) or "Loading…". */
    void afterOpen(SlackWeb.OpenedView view, ModalState opened) {
        Optional<OwnerLookup.Result> known = owners.known(opened.userId());
        if (opened.formShown() && known.isPresent()) {
            return; // the form opened complete: nothing to follow up, no task to hand over
        }
        CompletableFuture<OwnerLookup.Result> owner = known.map(CompletableFuture::completedFuture)
                .orElseGet(() -> CompletableFuture.supplyAsync(() -> owners.lookUp(opened.userId()), executor));
        executor.execute(() -> follow(view, opened, known.isPresent(), owner));
    }

    private void follow(SlackWeb.OpenedView view, ModalState opened, boolean ownerShown,
                        CompletableFuture<OwnerLookup.Result> owner) {
        Optional<Catalog> catalog = opened.formShown() ? catalogs.current() : awaitCatalog(view, opened);
        if (catalog.isEmpty()) {
            return;
        }
        if (!opened.formShown()) {
            OwnerLookup.Result now = owner.getNow(null);
            ModalState first = now == null ? opened : opened.ownerFound(now.userId(), now.hint()).orElse(opened);
            if (live.showForm(view.id(), view.hash(), catalog.get(), shown -> Optional.of(first)).isEmpty()
                    || now != null) {
                return;
            }
        }
        if (!ownerShown) {
            OwnerLookup.Result found = awaitOwner(owner);
            if (found != null) {
                // Starts from the form shown last: an account chosen meanwhile stays chosen, and an owner set meanwhile
                // stays (no update at all, so Slack keeps the input as the rep left it).
                live.showForm(view.id(), view.hash(), catalog.get(),
                        shown -> shown.flatMap(state -> state.ownerFound(found.userId(), found.hint())));
            }
        }
    }

    private Optional<Catalog> awaitCatalog(SlackWeb.OpenedView view, ModalState opened) {
        try {
            return Optional.of(catalogs.ready().get(timings.catalogWait().toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            Throwable failure = e.getCause() != null ? e.getCause() : e;
            log.warn("The deal form could not load: {}", failure.getClass().getSimpleName());
            live.showStatus(view.id(), view.hash(), opened, screens.unavailable(opened, failure));
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
