package newdeal.slack;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import newdeal.deal.DealOutcome;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.OutcomeText;
import newdeal.slack.modal.ParsedForm;

/**
 * Finishes a submission that outlived Slack's 3 seconds: when the create ends, the "Creating your deal…" view
 * becomes the link, or the problem with a "Try again" button; a problem the view cannot show (the rep closed it)
 * goes to the rep as a message. One finisher per view, even when the rep submitted the same view twice.
 */
final class BackgroundFinish {
    private final LiveViews live;
    private final Screens screens;
    private final DealReplies replies;
    private final ExecutorService executor;
    private final Duration settle;
    private final Map<String, CompletableFuture<DealOutcome>> pending = new ConcurrentHashMap<>();

    BackgroundFinish(LiveViews live, Screens screens, DealReplies replies, ExecutorService executor,
                     Duration settle) {
        this.live = live;
        this.screens = screens;
        this.replies = replies;
        this.executor = executor;
        this.settle = settle;
    }

    void whenDone(String viewId, CompletableFuture<DealOutcome> outcome, ParsedForm form, ModalState submitted,
                  String userId) {
        if (pending.putIfAbsent(viewId, outcome) != null) {
            return;
        }
        // Our "Creating…" answer is still on its way to Slack: a final views.update sent before Slack applies it would
        // be covered by it for good. So the finish never starts sooner than the settle time after this registration.
        CompletableFuture<Void> settled = CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(settle.toNanos(), TimeUnit.NANOSECONDS, Runnable::run));
        outcome.whenComplete((result, failure) -> pending.remove(viewId, outcome));
        outcome.handle((result, failure) -> result).thenAcceptBothAsync(settled,
                (result, ignored) -> finish(viewId, result, form, submitted, userId), executor);
    }

    private void finish(String viewId, DealOutcome outcome, ParsedForm form, ModalState submitted, String userId) {
        ModalState shown = submitted.showingStatus();
        if (outcome instanceof DealOutcome.Created created) {
            live.showFinal(viewId, shown, screens.created(shown, replies.summary(created, form)));
            replies.sendOnce(viewId, created, form, submitted, userId);
            return;
        }
        DealOutcome known = outcome != null ? outcome
                : new DealOutcome.Failed("new-deal lost track of this deal. Check Pipeliner before trying again.",
                        false);
        ModalState failed = submitted.failed(OutcomeText.notices(known));
        if (live.showFinal(viewId, failed, screens.failed(failed, OutcomeText.problem(known))).isEmpty()) {
            // The rep closed "Creating…" (Slack: not_found) or Slack would not show it: tell them another way.
            replies.sendProblem(known, form, submitted, userId);
        }
    }
}
