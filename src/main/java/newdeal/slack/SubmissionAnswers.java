package newdeal.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newdeal.deal.Catalog;
import newdeal.deal.CatalogCache;
import newdeal.deal.DealField;
import newdeal.deal.DealOutcome;
import newdeal.slack.modal.BlockErrors;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.OutcomeText;
import newdeal.slack.modal.ParsedForm;

/**
 * The answers to a view submission, one per situation, each keeping what the rep typed. An answer that replaces the
 * view records the state it shows at once ({@link LiveViews#replacedBySlack}).
 */
final class SubmissionAnswers {
    private final LiveViews live;
    private final Screens screens;
    private final CatalogCache catalogs;
    private final DealReplies replies;

    SubmissionAnswers(LiveViews live, Screens screens, CatalogCache catalogs, DealReplies replies) {
        this.live = live;
        this.screens = screens;
        this.catalogs = catalogs;
        this.replies = replies;
    }

    /** Errors on the inputs; when one has no input in this view, the form again with the errors above it. */
    Response invalid(ViewSubmissionContext ctx, View view, ModalState submitted, Map<DealField, String> errors) {
        Optional<Map<String, String>> onBlocks = BlockErrors.of(view.getState(), errors);
        if (onBlocks.isPresent()) {
            return ctx.ackWithErrors(onBlocks.get());
        }
        List<String> lines = errors.entrySet().stream()
                .map(e -> OutcomeText.fieldLine(e.getKey(), e.getValue())).toList();
        return formAgain(ctx, view.getId(), submitted, lines);
    }

    /** The create finished in time: close the modal, or show Pipeliner's objections with the input kept. */
    Response done(ViewSubmissionContext ctx, View view, ParsedForm form, ModalState submitted, String userId,
                  DealOutcome outcome) {
        if (outcome instanceof DealOutcome.Created created) {
            replies.sendOnce(view.getId(), created, form, submitted, userId);
            return ctx.ack();
        }
        if (outcome instanceof DealOutcome.Rejected rejected && !rejected.fieldErrors().isEmpty()) {
            Optional<Map<String, String>> onBlocks = BlockErrors.of(view.getState(), rejected.fieldErrors());
            if (onBlocks.isPresent()) {
                return ctx.ackWithErrors(onBlocks.get());
            }
        }
        return formAgain(ctx, view.getId(), submitted, OutcomeText.notices(outcome));
    }

    Response creating(ViewSubmissionContext ctx, String viewId, ModalState submitted) {
        ModalState creating = submitted.showingStatus();
        live.replacedBySlack(viewId, creating);
        return ctx.ackWithUpdate(screens.creating(creating, submitted.values().name()));
    }

    private Response formAgain(ViewSubmissionContext ctx, String viewId, ModalState submitted,
                               List<String> notices) {
        Optional<Catalog> catalog = catalogs.current();
        ModalState again = submitted.formAgain(notices);
        if (catalog.isEmpty()) {
            ModalState failed = again.failed(notices);
            live.replacedBySlack(viewId, failed);
            return ctx.ackWithUpdate(screens.failed(failed, String.join("\n", notices)));
        }
        live.replacedBySlack(viewId, again);
        return ctx.ackWithUpdate(screens.form(catalog.get(), again));
    }
}
