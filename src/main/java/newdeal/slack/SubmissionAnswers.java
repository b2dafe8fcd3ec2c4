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

/** The answers to a view submission, one per situation, each keeping what the rep typed. */
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
    Response invalid(ViewSubmissionContext ctx, View view, FormValues values, ModalMetadata metadata,
                     Map<DealField, String> errors) {
        Optional<Map<String, String>> onBlocks = BlockErrors.of(view.getState(), errors);
        if (onBlocks.isPresent()) {
            return ctx.ackWithErrors(onBlocks.get());
        }
        List<String> lines = errors.entrySet().stream()
                .map(e -> OutcomeText.fieldLine(e.getKey(), e.getValue())).toList();
        return formAgain(ctx, view.getId(), values, metadata, lines);
    }

    /** The create finished in time: close the modal, or show Pipeliner's objections with the input kept. */
    Response done(ViewSubmissionContext ctx, View view, ParsedForm form, ModalMetadata metadata, String userId,
                  DealOutcome outcome) {
        if (outcome instanceof DealOutcome.Created created) {
            replies.sendOnce(view.getId(), created, form, metadata, userId);
            return ctx.ack();
        }
        if (outcome instanceof DealOutcome.Rejected rejected && !rejected.fieldErrors().isEmpty()) {
            Optional<Map<String, String>> onBlocks = BlockErrors.of(view.getState(), rejected.fieldErrors());
            if (onBlocks.isPresent()) {
                return ctx.ackWithErrors(onBlocks.get());
            }
        }
        return formAgain(ctx, view.getId(), form.values(), metadata, OutcomeText.notices(outcome));
    }

    Response creating(ViewSubmissionContext ctx, String viewId, ModalMetadata metadata, String dealName) {
        live.replacedBySlack(viewId, null);
        return ctx.ackWithUpdate(screens.creating(metadata, dealName));
    }

    private Response formAgain(ViewSubmissionContext ctx, String viewId, FormValues values, ModalMetadata metadata,
                               List<String> notices) {
        Optional<Catalog> catalog = catalogs.current();
        if (catalog.isEmpty()) {
            live.replacedBySlack(viewId, null);
            return ctx.ackWithUpdate(screens.failed(metadata.nextAttempt(), String.join("\n", notices)));
        }
        // New block ids for contacts and owner, so the inputs show exactly the values passed in.
        ModalMetadata fresh = metadata.withAccount(values.account()).withNewOwnerBlock().nextAttempt();
        FormModel again = new FormModel(catalog.get(), values, new OwnerHint(null), fresh, notices);
        live.replacedBySlack(viewId, again);
        return ctx.ackWithUpdate(screens.form(again));
    }
}
