package newdeal.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import newdeal.deal.CatalogCache;
import newdeal.deal.DealOutcome;
import newdeal.slack.modal.DealSummary;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.OutcomeText;
import newdeal.slack.modal.ParsedForm;
import newdeal.slack.modal.ReplyMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the rep a deal was created (or, when the modal was gone, that it was not): an ephemeral message in the
 * channel of the command through its response_url, or a DM when that fails. Once per submission, however often it
 * was submitted; two separate submissions get a reply each.
 */
final class DealReplies {
    private static final Logger log = LoggerFactory.getLogger(DealReplies.class);

    private final SlackWeb slack;
    private final CatalogCache catalogs;
    private final UnaryOperator<String> opportunityUrl;
    private final ExecutorService executor;
    private final Cache<String, Boolean> replied = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(10_000).build();

    DealReplies(SlackWeb slack, CatalogCache catalogs, UnaryOperator<String> opportunityUrl,
                ExecutorService executor) {
        this.slack = slack;
        this.catalogs = catalogs;
        this.opportunityUrl = opportunityUrl;
        this.executor = executor;
    }

    DealSummary summary(DealOutcome.Created created, ParsedForm form) {
        return DealSummary.of(created.opportunity(), form, catalogs.current(), opportunityUrl);
    }

    /**
     * Sends the reply in the background, unless this submission (the view and its attempt) was already replied to:
     * its answer in time and its background finish, or its two submits of a double click, make one reply.
     */
    void sendOnce(String viewId, DealOutcome.Created created, ParsedForm form, ModalState state, String userId) {
        // Built before the submission counts as replied to: were building it to fail, a later submit still tries.
        ReplyMessage message = ReplyMessage.created(summary(created, form));
        if (replied.asMap().putIfAbsent(state.submissionKey(viewId), Boolean.TRUE) != null) {
            return;
        }
        executor.execute(() -> send(message, state, userId));
    }

    /** Sends, in the background, the problem and what was typed: for when the modal could not show them. */
    void sendProblem(DealOutcome outcome, ParsedForm form, ModalState state, String userId) {
        ReplyMessage message = ReplyMessage.failed(OutcomeText.problem(outcome), OutcomeText.afterClosedForm(outcome),
                DealSummary.submitted(form, catalogs.current()));
        executor.execute(() -> send(message, state, userId));
    }

    private void send(ReplyMessage message, ModalState state, String userId) {
        if (state.responseUrl() != null && slack.respond(state.responseUrl(), message)) {
            return;
        }
        if (!slack.directMessage(userId, message)) {
            log.warn("The reply about a deal reached the rep neither in the channel nor by DM");
        }
    }
}
