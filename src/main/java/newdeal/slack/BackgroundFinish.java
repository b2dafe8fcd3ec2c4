package newdeal.slack;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import newdeal.deal.DealOutcome;

/**
 * Finishes a submission that outlived Slack's 3 seconds: when the create ends, the "Creating your deal…" view
 * becomes the link, or the problem with a "Try again" button; a problem the view cannot show (the rep closed it)
 * goes to the rep as a message. One finisher per view, even when the rep submitted the same view twice.
 */
final class BackgroundFinish {
    /** How long Slack may take to apply a view_submission answer after it left us. */
    static final Duration SLACK_SETTLE = Duration.ofSeconds(1);

    private final LiveViews live;
    private final Screens screens;
    private final DealReplies replies;
    private final TypedForms typed;
    private final ExecutorService executor;
    private final Map<String, CompletableFuture<DealOutcome>> pending = new ConcurrentHashMap<>();

    BackgroundFinish(LiveViews live, Screens screens, DealReplies replies, TypedForms typed,
                     ExecutorService executor) {
        this.live = live;
        this.screens = screens;
        this.replies = replies;
        this.typed = typed;
        this.executor = executor;
    }

    void whenDone(String viewId, CompletableFuture<DealOutcome> outcome, ParsedForm form, ModalMetadata metadata,
                  String userId) {
        if (pending.putIfAbsent(viewId, outcome) != null) {
            return;
        }
        // Our "Creating…" answer is still on its way to Slack: a final views.update sent before Slack applies it would
        // be covered by it for good. So the finish never starts sooner than SLACK_SETTLE after this registration.
        long notBefore = System.nanoTime() + SLACK_SETTLE.toNanos();
        outcome.whenCompleteAsync((result, failure) -> {
            pending.remove(viewId, outcome);
            waitUntil(notBefore);
            finish(viewId, result, form, metadata, userId);
        }, executor);
    }

    private static void waitUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void finish(String viewId, DealOutcome outcome, ParsedForm form, ModalMetadata metadata,
                        String userId) {
        if (outcome instanceof DealOutcome.Created created) {
            live.showFinal(viewId, screens.created(metadata, replies.summary(created, form)));
            replies.sendOnce(viewId, created, form, metadata, userId);
            return;
        }
        DealOutcome known = outcome != null ? outcome
                : new DealOutcome.Failed("new-deal lost track of this deal. Check Pipeliner before trying again.",
                        false);
        typed.addNotices(viewId, OutcomeText.notices(known));
        if (live.showFinal(viewId, screens.failed(metadata, OutcomeText.problem(known))).isEmpty()) {
            // The rep closed "Creating…" (Slack: not_found) or Slack would not show it: tell them another way.
            replies.sendProblem(known, form, metadata, userId);
        }
    }
}
