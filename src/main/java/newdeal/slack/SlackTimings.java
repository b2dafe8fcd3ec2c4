package newdeal.slack;

import java.time.Duration;

/**
 * How long the Slack side waits for things, inside Slack's 3 seconds. {@code submitWait}: how long a submission
 * waits for the create before answering "Creating your deal…"; {@code optionsBudget}: the most an options load may
 * take; {@code catalogWait}: how long a "Loading…" modal waits for Pipeliner; {@code ownerWait}: how long the
 * background owner lookup may take; {@code finishSettle}: how long Slack may take to apply a view_submission answer,
 * so a submission finished in the background never shows its result before "Creating…" is up.
 * Tests shorten one by name: {@code SlackTimings.defaults().withSubmitWait(Duration.ofMillis(400))}.
 */
public record SlackTimings(Duration submitWait, Duration optionsBudget, Duration catalogWait, Duration ownerWait,
                           Duration finishSettle) {

    public static SlackTimings defaults() {
        return new SlackTimings(Duration.ofMillis(2000), Duration.ofMillis(2300), Duration.ofSeconds(20),
                Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    public SlackTimings withSubmitWait(Duration wait) {
        return new SlackTimings(wait, optionsBudget, catalogWait, ownerWait, finishSettle);
    }

    public SlackTimings withOptionsBudget(Duration budget) {
        return new SlackTimings(submitWait, budget, catalogWait, ownerWait, finishSettle);
    }

    public SlackTimings withCatalogWait(Duration wait) {
        return new SlackTimings(submitWait, optionsBudget, wait, ownerWait, finishSettle);
    }

    public SlackTimings withOwnerWait(Duration wait) {
        return new SlackTimings(submitWait, optionsBudget, catalogWait, wait, finishSettle);
    }

    public SlackTimings withFinishSettle(Duration settle) {
        return new SlackTimings(submitWait, optionsBudget, catalogWait, ownerWait, settle);
    }
}
