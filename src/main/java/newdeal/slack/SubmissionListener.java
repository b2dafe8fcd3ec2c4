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
    private final TypedForms typed;
    private final SlackTimings timings;

    SubmissionListener(FormParser parser, MetadataCodec codec, DealService deals, SubmissionAnswers answers,
                       BackgroundFinish background, TypedForms typed, SlackTimings timings) {
        this.parser = parser;
        this.codec = codec;
        this.deals = deals;
        this.answers = answers;
        this.background = background;
        this.typed = typed;
        this.timings = timings;
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        View view = request.getPayload().getView();
        String userId = request.getPayload().getUser().getId();
        ModalMetadata metadata = codec.decode(view.getPrivateMetadata());
        ParsedForm form = parser.parse(view.getState(), metadata.account());
        Map<DealField, String> errors = new EnumMap<>(DealField.class);
        errors.putAll(deals.validate(form.draft()));
        errors.putAll(form.errors());
        if (!errors.isEmpty()) {
            return answers.invalid(ctx, view, form.values(), metadata, errors);
        }
        typed.remember(view.getId(), form.values(), metadata);
        CompletableFuture<DealOutcome> outcome = deals.submit(metadata.submissionKey(view.getId()), form.draft());
        try {
            DealOutcome done = outcome.get(timings.submitWait().toMillis(), TimeUnit.MILLISECONDS);
            return answers.done(ctx, view, form, metadata, userId, done);
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Either way the create goes on: "Creating…" now, the result when it ends.
            background.whenDone(view.getId(), outcome, form, metadata, userId);
            return answers.creating(ctx, view.getId(), metadata, form.values().name());
        } catch (ExecutionException e) {
            // DealService promises never to fail its future; if it ever does, say so rather than close the form.
            log.error("A deal submission failed unexpectedly: {}", e.getCause().getClass().getSimpleName());
            return answers.done(ctx, view, form, metadata, userId, new DealOutcome.Failed(
                    "new-deal hit an unexpected problem. Check Pipeliner before trying again.", false));
        }
    }
}
