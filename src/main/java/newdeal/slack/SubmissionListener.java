package newdeal.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newdeal.deal.DealField;
import newdeal.deal.DealOutcome;
import newdeal.deal.DealService;
import newdeal.slack.modal.FormParser;
import newdeal.slack.modal.MetadataCodec;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.ParsedForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rep pressed "Create deal": validate, create once per view, and answer inside Slack's 3 seconds — close the
 * modal when the deal exists, show errors on the inputs or the form again with the problem, or "Creating your
 * deal…" when Pipeliner takes longer than {@link SlackTimings#submitWait()}.
 */
final class SubmissionListener {
    private static final Logger log = LoggerFactory.getLogger(SubmissionListener.class);

    private final FormParser parser;
    private final MetadataCodec codec;
    private final DealService deals;
    private final SubmissionAnswers answers;
    private final BackgroundFinish background;
    private final SlackTimings timings;

    SubmissionListener(FormParser parser, MetadataCodec codec, DealService deals, SubmissionAnswers answers,
                       BackgroundFinish background, SlackTimings timings) {
        this.parser = parser;
        this.codec = codec;
        this.deals = deals;
        this.answers = answers;
        this.background = background;
        this.timings = timings;
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        View view = request.getPayload().getView();
        String userId = request.getPayload().getUser().getId();
        // The view Slack sent is the truth about this submission: its inputs and what its private_metadata carried.
        FormParser.Inputs inputs = parser.read(view.getState());
        ModalState submitted = codec.decode(view.getPrivateMetadata()).submitted(inputs.values());
        ParsedForm form = parser.parse(submitted.values(), inputs.unreadable());
        Map<DealField, String> errors = new EnumMap<>(DealField.class);
        errors.putAll(deals.validate(form.draft()));
        errors.putAll(form.errors());
        if (!errors.isEmpty()) {
            return answers.invalid(ctx, view, submitted, errors);
        }
        CompletableFuture<DealOutcome> outcome = deals.submit(submitted.submissionKey(view.getId()), form.draft());
        try {
            DealOutcome done = outcome.get(timings.submitWait().toMillis(), TimeUnit.MILLISECONDS);
            return answers.done(ctx, view, form, submitted, userId, done);
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Either way the create goes on: "Creating…" now, the result when it ends.
            background.whenDone(view.getId(), outcome, form, submitted, userId);
            return answers.creating(ctx, view.getId(), submitted);
        } catch (ExecutionException e) {
            // DealService promises never to fail its future; if it ever does, say so rather than close the form.
            log.error("A deal submission failed unexpectedly: {}", e.getCause().getClass().getSimpleName());
            return answers.done(ctx, view, form, submitted, userId, new DealOutcome.Failed(
                    "new-deal hit an unexpected problem. Check Pipeliner before trying again.", false));
        }
    }
}
