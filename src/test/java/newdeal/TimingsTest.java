package newdeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import newdeal.slack.SlackTimings;
import org.junit.jupiter.api.Test;

/** A test shortens a timing by its name, and only that one. */
class TimingsTest {

    @Test
    void changes_only_the_named_timing() {
        Main.Timings defaults = Main.Timings.defaults();

        Main.Timings shorter = defaults.withCreateDeadline(Duration.ofMillis(2500));

        assertThat(shorter.create()).isEqualTo(Duration.ofMillis(2500));
        assertThat(shorter.withCreateDeadline(defaults.create())).isEqualTo(defaults);
    }

    @Test
    void changes_one_slack_timing_inside_the_apps_timings() {
        Main.Timings settled = Main.Timings.defaults().withSlack(s -> s.withFinishSettle(Duration.ofMillis(200)));

        assertThat(settled.slack()).isEqualTo(SlackTimings.defaults().withFinishSettle(Duration.ofMillis(200)));
        assertThat(settled.withSlack(SlackTimings.defaults())).isEqualTo(Main.Timings.defaults());
    }

    @Test
    void keeps_a_create_deadline_shorter_than_the_shutdown_wait_and_the_settle_shorter_than_the_submit_wait() {
        Main.Timings defaults = Main.Timings.defaults();

        // Every create in flight at SIGTERM ends before the process; a background finish never waits for the settle.
        assertThat(defaults.create()).isLessThan(defaults.shutdownWait());
        assertThat(defaults.slack().finishSettle()).isLessThan(defaults.slack().submitWait());
    }
}
