package newdeal.slack.modal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newdeal.deal.DealField;
import newdeal.deal.DealOutcome;
import newdeal.deal.LoadFailure;

/** The one place a {@link DealOutcome} (or a {@link LoadFailure}) becomes words for the rep. */
public final class OutcomeText {
    private OutcomeText() {
    }

    /** The deal's name linked to the opportunity, in Slack's mrkdwn. */
    public static String linkedName(DealSummary summary) {
        return "*<" + summary.url() + "|" + Mrkdwn.escape(summary.name()) + ">*";
    }

    /** A one-line text for notifications and clients that show no blocks (Slack reads it as mrkdwn too). */
    public static String createdText(DealSummary summary) {
        return "Created " + Mrkdwn.escape(summary.name()) + " in Pipeliner: " + summary.url();
    }

    /** The sentence for a create that did not happen (or may have), with Pipeliner's field messages after it. */
    public static String problem(DealOutcome outcome) {
        if (outcome instanceof DealOutcome.Rejected rejected) {
            return String.join("\n", withFieldLines(rejected));
        }
        if (outcome instanceof DealOutcome.Failed failed) {
            return failed.message();
        }
        return "The deal was created.";
    }

    /**
     * What to do next when the modal is gone (the rep closed "Creating…"), so its "Try again" cannot bring the form
     * back: start again, after checking Pipeliner when the deal may exist.
     */
    public static String afterClosedForm(DealOutcome outcome) {
        boolean mayExist = outcome instanceof DealOutcome.Failed failed && !failed.nothingCreated();
        return mayExist ? "The form was closed. If the deal is not in Pipeliner, type /new-deal to enter it again."
                : "The form was closed, so type /new-deal to enter the deal again.";
    }

    /** Lines to show above the form shown again: the sentence, then "Step: Pipeliner's message" per field. */
    public static List<String> notices(DealOutcome outcome) {
        return outcome instanceof DealOutcome.Rejected rejected ? withFieldLines(rejected) : List.of(problem(outcome));
    }

    /** Why the form cannot load, in the rep's words. */
    public static String cannotLoad(LoadFailure failure) {
        return failure == LoadFailure.KEYS_REFUSED
                ? "Pipeliner refused new-deal's API keys. Ask whoever set up new-deal to check them."
                : "Pipeliner is not answering right now.";
    }

    /** Field errors on the form, each prefixed for clarity only when shown away from its input. */
    public static String fieldLine(DealField field, String message) {
        return FieldIds.label(field) + ": " + message;
    }

    private static List<String> withFieldLines(DealOutcome.Rejected rejected) {
        List<String> lines = new ArrayList<>();
        lines.add(rejected.message());
        for (Map.Entry<DealField, String> e : rejected.fieldErrors().entrySet()) {
            lines.add(fieldLine(e.getKey(), e.getValue()));
        }
        return lines;
    }
}
