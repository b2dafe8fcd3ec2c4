package newdeal.slack;

import java.time.Duration;

/**
 * How long the Slack side waits for things, inside Slack's 3 seconds. {@code submitWait}: how long a submission
 * waits for the create before answering "Creating your deal…"; {@code optionsBudget}: the most an options load may
 * take; {@code catalogWait}: how long a "Loading…" modal waits for Pipeliner; {@code ownerWait}: how long the
 * background owner lookup may take.
 */
public record SlackTimings(Duration submitWait, Duration optionsBudget, Duration catalogWait, Duration ownerWait) {

    public static SlackTimings defaults() {
        return new SlackTimings(Duration.ofMillis(2000), Duration.ofMillis(2300), Duration.ofSeconds(20),
                Duration.ofSeconds(5));
    }
}
