package newdeal.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;

/**
 * Buttons and dispatched selections inside the modal: a chosen account rebuilds the form so the contacts follow it;
 * a chosen owner is noted (it must survive a late owner lookup);
 * "Try again" brings back the form as typed; "Try again" on an unavailable form reloads it. Each acks at once and
 * updates the view in the background through {@link LiveViews}.
 */
final class ActionListeners {
    private final LiveViews live;
    private final Screens screens;
    private final FormParser parser;
    private final MetadataCodec codec;
    private final CatalogCache catalogs;
    private final OwnerLookup owners;
    private final TypedForms typed;
    private final ModalFollowUp followUp;
    private final ExecutorService executor;

    ActionListeners(LiveViews live, Screens screens, FormParser parser, MetadataCodec codec, CatalogCache catalogs,
                    OwnerLookup owners, TypedForms typed, ModalFollowUp followUp, ExecutorService executor) {
        this.live = live;
        this.screens = screens;
        this.parser = parser;
        this.codec = codec;
        this.catalogs = catalogs;
        this.owners = owners;
        this.typed = typed;
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
        Choice account = payload.getActions().stream().filter(a -> FieldIds.ACCOUNT.equals(a.getActionId()))
                .map(BlockActionPayload.Action::getSelectedOption).filter(o -> o != null && o.getValue() != null)
                .map(o -> new Choice(o.getValue(), o.getText() == null ? o.getValue() : o.getText().getText()))
                .findFirst().orElse(null);
        ModalMetadata sent = codec.decode(view.getPrivateMetadata());
        FormValues inputs = parser.parse(view.getState(), null).values();
        OwnerHint known = owners.known(payload.getUser().getId()).map(OwnerLookup.Result::hint)
                .orElseGet(OwnerHint::lookingUp);
        executor.execute(() -> live.showForm(view.getId(), view.getHash(), shown -> Optional.of(new FormModel(
                catalog.get(),
                inputs.withAccount(account).withOwner(inputs.ownerId() != null ? inputs.ownerId()
                        : shown.map(m -> m.values().ownerId()).orElse(null)),
                shown.map(FormModel::ownerHint).orElse(known),
                shown.map(FormModel::metadata).orElse(sent).withAccount(account),
                shown.map(FormModel::notices).orElse(List.of())))));
        return ctx.ack();
    }

    /** The owner input dispatches too: the model learns the rep's pick, so a late owner lookup leaves it alone. */
    Response ownerChosen(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String ownerId = payload.getActions().stream().filter(a -> FieldIds.OWNER.equals(a.getActionId()))
                .map(BlockActionPayload.Action::getSelectedOption).filter(o -> o != null && o.getValue() != null)
                .map(BlockActionPayload.Action.SelectedOption::getValue).findFirst().orElse(null);
        if (payload.getView() != null && ownerId != null) {
            live.remember(payload.getView().getId(), model -> model.withOwner(ownerId));
        }
        return ctx.ack();
    }

    Response retry(BlockActionRequest request, ActionContext ctx) {
        View view = request.getPayload().getView();
        if (view == null) {
            return ctx.ack();
        }
        ModalMetadata metadata = codec.decode(view.getPrivateMetadata());
        TypedForms.Typed before = typed.find(view.getId()).orElse(new TypedForms.Typed(
                FormValues.fresh(null, null), metadata,
                List.of("new-deal restarted and lost what you typed. Sorry: please fill in the form again.")));
        ModalMetadata fresh = before.metadata().withAccount(before.values().account()).withNewOwnerBlock()
                .nextAttempt();
        Optional<Catalog> catalog = catalogs.current();
        executor.execute(() -> {
            if (catalog.isEmpty()) {
                live.showOther(view.getId(), view.getHash(), screens.cold(fresh));
                return;
            }
            live.showForm(view.getId(), view.getHash(), shown -> Optional.of(new FormModel(catalog.get(),
                    before.values(), new OwnerHint(null), fresh, before.notices())));
        });
        return ctx.ack();
    }

    Response reload(BlockActionRequest request, ActionContext ctx) {
        View view = request.getPayload().getView();
        if (view == null) {
            return ctx.ack();
        }
        ModalMetadata metadata = codec.decode(view.getPrivateMetadata());
        FormValues values = typed.find(view.getId()).map(TypedForms.Typed::values)
                .orElse(FormValues.fresh(null, null));
        executor.execute(() -> live.showOther(view.getId(), view.getHash(), screens.cold(metadata))
                .ifPresent(hash -> followUp.afterOpen(new SlackWeb.OpenedView(view.getId(), hash), values,
                        metadata, false)));
        return ctx.ack();
    }
}
