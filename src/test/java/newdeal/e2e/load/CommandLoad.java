package newdeal.e2e.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newdeal.testing.SlackRequests;

/**
 * A closed-loop block of {@code /new-deal} commands against one app: {@code c} reps, each sending its next command as
 * soon as the last one was acknowledged, until the block's count is reached. Measures the acknowledgement and the
 * time from sending the command to the fake Slack receiving views.open, and the app's CPU time over the block.
 */
public final class CommandLoad {
    private static final Duration LATE = Duration.ofSeconds(5);
    /** Slack's trigger and its wait for the acknowledgement both end after 3 s: later is failed, as a rep sees it. */
    private static final long SLACK_WINDOW = Duration.ofSeconds(3).toNanos();
    private final Driver driver;
    private final SlackRequests requests;
    private final Arrivals arrivals;
    private final List<String> users;
    private final String responseUrl;
    private final AtomicInteger sequence = new AtomicInteger();

    public CommandLoad(Driver driver, SlackRequests requests, Arrivals arrivals, List<String> users,
                       String responseUrl) {
        this.driver = driver;
        this.requests = requests;
        this.arrivals = arrivals;
        this.users = users;
        this.responseUrl = responseUrl;
    }

    /**
     * What one block measured. {@code failures}: commands not acknowledged with 200 within Slack's 3 s, or whose
     * views.open did not reach Slack within them (the trigger would have expired).
     */
    public record Block(Samples ack, Samples open, long wallNanos, Duration cpu, int commands, int failures) {
        public double perSecond() {
            return commands * 1e9 / wallNanos;
        }

        public double cpuMillisEach() {
            return cpu.toNanos() / 1e6 / commands;
        }
    }

    public Block run(AppJvm app, int concurrency, int commands) {
        Samples ack = new Samples();
        Samples open = new Samples();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService reps = Executors.newFixedThreadPool(concurrency);
        Duration cpuBefore = app.cpu();
        long started = System.nanoTime();
        for (int r = 0; r < concurrency; r++) {
            reps.execute(() -> {
                for (int k; (k = next.getAndIncrement()) < commands; ) {
                    if (!command(app, k, ack, open)) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        reps.shutdown();
        await(reps);
        long wall = System.nanoTime() - started;
        return new Block(ack, open, wall, app.cpu().minus(cpuBefore), commands, failures.get());
    }

    private boolean command(AppJvm app, int k, Samples ack, Samples open) {
        String trigger = app.name() + "-" + sequence.incrementAndGet() + "." + k;
        var request = requests.command(Map.of("trigger_id", trigger, "user_id", users.get(k % users.size()),
                "text", "Bench deal " + k, "response_url", responseUrl));
        long sent = System.nanoTime();
        Driver.Answer answer = driver.post(app.eventsUrl(), request);
        ack.add(answer.nanos());
        Long opened = awaitOpened(trigger);
        if (opened != null) {
            open.add(opened - sent);
        }
        return answer.status() == 200 && answer.nanos() <= SLACK_WINDOW && opened != null
                && opened - sent <= SLACK_WINDOW;
    }

    /** views.open is sent before the ack, so it has almost always arrived; a late one gets a few seconds. */
    private Long awaitOpened(String trigger) {
        long deadline = System.nanoTime() + LATE.toNanos();
        Long opened;
        while ((opened = arrivals.take(trigger)) == null && System.nanoTime() < deadline) {
            AppJvm.pause(1);
        }
        return opened;
    }

    private static void await(ExecutorService reps) {
        try {
            if (!reps.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new AssertionError("a command block did not end in 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
