package newdeal.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.slack.modal.Choice;
import newdeal.slack.modal.FieldIds;
import newdeal.slack.modal.FormParser;
import newdeal.slack.modal.FormValues;
import newdeal.slack.modal.MetadataCodec;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.OwnerHint;

/**
 * Buttons and dispatched selections inside the modal: a chosen account rebuilds the form so the contacts follow it;
 * a chosen owner is noted (it must survive a late owner lookup); "Try again" brings back the form as typed; "Try
 * again" on an unavailable form reloads it. Each acks at once and updates the view in the background through
 * {@link LiveViews}, starting from the view's {@link ModalState} (or, when the app lost it, what the view carried).
 */
final class ActionListeners {
    static final String LOST = "new-deal restarted and lost what you typed. Sorry: please fill in the form again.";

    private final LiveViews live;
    private final Screens screens;
    private final FormParser parser;
    private final MetadataCodec codec;
    private final CatalogCache catalogs;
    private final OwnerLookup owners;
    private final ModalFollowUp followUp;
    private final ExecutorService executor;

    ActionListeners(LiveViews live, Screens screens, FormParser parser, MetadataCodec codec, CatalogCache catalogs,
                    OwnerLookup owners, ModalFollowUp followUp, ExecutorService executor) {
        this.live = live;
        this.screens = screens;
        this.parser = parser;
        this.codec = codec;
        this.catalogs = catalogs;
        this.owners = owners;
        this.followUp = followUp;
        this.executor = executor;
    }

    Response accountChosen(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        View view = payload.getView();
        Optional<Catalog> catalog = catalogs.current();
        if (view == null || catalog.isEmpty()) {
            return ctx.ack();
        }
        Choice account = selected(payload, FieldIds.ACCOUNT)
                .map(o -> new Choice(o.getValue(), o.getText() == null ? o.getValue() : o.getText().getText()))
                .orElse(null);
        FormValues inputs = parser.read(view.getState()).values();
        OwnerHint known = owners.known(payload.getUser().getId()).map(OwnerLookup.Result::hint)
                .orElseGet(OwnerHint::lookingUp);
        ModalState carried = codec.decode(view.getPrivateMetadata()).ownerKnown(null, known);
        executor.execute(() -> live.showForm(view.getId(), view.getHash(), catalog.get(),
                shown -> Optional.of(shown.orElse(carried).accountChosen(account, inputs))));
        return ctx.ack();
    }

    /** The owner input dispatches too: the state learns the rep's pick, so a late owner lookup leaves it alone. */
    Response ownerChosen(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Optional<String> ownerId = selected(payload, FieldIds.OWNER)
                .map(BlockActionPayload.Action.SelectedOption::getValue);
        if (payload.getView() != null && ownerId.isPresent()) {
            live.remember(payload.getView().getId(), state -> state.ownerPicked(ownerId.get()));
        }
        return ctx.ack();
    }

    Response retry(BlockActionRequest request, ActionContext ctx) {
        View view = request.getPayload().getView();
        if (view == null) {
            return ctx.ack();
        }
        ModalState again = live.find(view.getId())
                .orElseGet(() -> codec.decode(view.getPrivateMetadata()).forgotten(LOST)).retried();
        Optional<Catalog> catalog = catalogs.current();
        executor.execute(() -> {
            if (catalog.isEmpty()) {
                live.showStatus(view.getId(), view.getHash(), again, screens.cold(again));
                return;
            }
            live.showForm(view.getId(), view.getHash(), catalog.get(), shown -> Optional.of(again));
        });
        return ctx.ack();
    }

    Response reload(BlockActionRequest request, ActionContext ctx) {
        View view = request.getPayload().getView();
        if (view == null) {
            return ctx.ack();
        }
        ModalState loading = live.find(view.getId()).orElseGet(() -> codec.decode(view.getPrivateMetadata()))
                .showingStatus();
        executor.execute(() -> live.showStatus(view.getId(), view.getHash(), loading, screens.cold(loading))
                .ifPresent(hash -> followUp.afterOpen(new SlackWeb.OpenedView(view.getId(), hash), loading)));
        return ctx.ack();
    }

    private static Optional<BlockActionPayload.Action.SelectedOption> selected(BlockActionPayload payload,
                                                                              String actionId) {
        return payload.getActions().stream().filter(a -> actionId.equals(a.getActionId()))
                .map(BlockActionPayload.Action::getSelectedOption).filter(o -> o != null && o.getValue() != null)
                .findFirst();
    }
}
