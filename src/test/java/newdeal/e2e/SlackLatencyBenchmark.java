package newdeal.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newdeal.Main;
import newdeal.e2e.load.LoadTest;
import newdeal.e2e.load.Phases;
import newdeal.e2e.load.Report;
import newdeal.sandbox.Fault;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the timing budget of DESIGN.md on the real app with production timings, the sandbox as Pipeliner and the
 * fake Slack Web API, all over loopback HTTP; then a load test of new-deal against a bare Bolt app
 * ({@code newdeal.bare.BareBoltApp}), each in a JVM of its own, under the same command load against one fake Slack,
 * in interleaved blocks ({@link Phases}). Not part of {@code mvn verify} (its name ends in Benchmark); run it with
 * {@code mvn -B test -Dtest=SlackLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It writes its tables to
 * {@code target/benchmarks/slack-latency.md}; BENCHMARKS.md records the numbers and the machine.
 */
class SlackLatencyBenchmark {
    /** Accounts added to the sandbox's seed for the load test: a mid-size sales team's CRM. */
    private static final int ACCOUNTS = 20_000;
    private static final Path OUT = Path.of("target", "benchmarks");
    private static final Report load = new Report();
    private static final Duration SLOW = Duration.ofSeconds(3);
    private static final List<String> QUERIES = List.of("glo", "ber", "tech", "sys", "ham", "lon", "par", "ind",
            "soft", "net", "dat", "med", "log", "bau", "fin", "gre", "nor", "pro", "ver", "con");
    private static final List<Row> rows = new ArrayList<>();

    @Test
    void measures_the_command_options_and_submit_paths() {
        try (E2e e2e = E2e.warm(Main.Timings.defaults())) {
            Rep rep = new Rep(e2e);
            rows.add(Row.of("command → views.open, catalog warm", 1000, repeat(60, () -> commandToViewsOpen(e2e))));
            e2e.awaitAccountIndex();
            rows.add(Row.of("account options load, Pipeliner fast (from the account index)", 2500,
                    repeat(60, i -> optionsLoad(e2e, rep, QUERIES.get(i % QUERIES.size()) + (i / QUERIES.size())))));
            rows.add(Row.of("submit → answer, Pipeliner fast", 3000, repeat(20, () -> submit(e2e, rep))));

            e2e.sandbox.faults().add(Fault.on("GET", ".*").withLatency(SLOW));
            rows.add(Row.of("command → views.open, every Pipeliner GET takes 3 s", 1000,
                    repeat(20, () -> commandToViewsOpen(e2e))));
            rows.add(Row.of("account options load, every Pipeliner GET takes 3 s (from the account index)", 2500,
                    repeat(8, i -> optionsLoad(e2e, rep, "slow" + i))));
            e2e.sandbox.faults().clear();

            e2e.sandbox.faults().add(Fault.on("POST", "/entities/Opportunities$").withLatency(Duration.ofSeconds(4)));
            rows.add(Row.of("submit → answer, the create takes 4 s (answers \"Creating…\")", 3000,
                    repeat(5, () -> submit(e2e, rep))));
            e2e.sandbox.faults().clear();
        }
        rows.add(Row.of("command → views.open, cold start, every Pipeliner GET takes 3 s (\"Loading…\")", 1000,
                repeat(5, SlackLatencyBenchmark::coldCommand)));
    }

    @Test
    void compares_new_deal_with_a_bare_bolt_app_under_load() {
        try (LoadTest test = new LoadTest(ACCOUNTS, OUT.resolve("logs"))) {
            Phases phases = new Phases(test, load);
            phases.startToReady(5);
            phases.underLoad("default heap", List.of(), List.of(1, 10, 50, 200), 3, true);
            phases.throughPipeliner();
            phases.indexSearches();
            phases.underLoad("-Xmx256m", List.of("-Xmx256m"), List.of(1, 50, 200), 2, true);
            phases.ratios();
        }
    }

    private static Duration commandToViewsOpen(E2e e2e) {
        int before = e2e.slack.calls("views.open").size();
        Instant sent = Instant.now();
        e2e.send(e2e.requests.command("Benchmark deal", e2e.nextResponseUrl()));
        return Duration.between(sent, e2e.slack.awaitCalls("views.open", before + 1, E2e.WAIT).get(before).at());
    }

    private static Duration optionsLoad(E2e e2e, Rep rep, String query) {
        String viewId = e2e.slack.lastOpenedViewId().orElseGet(() -> e2e.openForm("Options"));
        SlackHttp.Answer answer = e2e.send(e2e.requests.blockSuggestion(e2e.view(viewId), "account", query));
        return answer.took();
    }

    private static Duration submit(E2e e2e, Rep rep) {
        SlackForm form = rep.readyForm("Benchmark submit " + System.nanoTime()).number("value", "1000");
        return rep.submit(form).took();
    }

    private static Duration coldCommand() {
        try (E2e e2e = E2e.cold(s -> s.faults().add(Fault.on("GET", ".*").withLatency(SLOW)),
                Main.Timings.defaults())) {
            return commandToViewsOpen(e2e);
        }
    }

    private static List<Duration> repeat(int times, java.util.function.Supplier<Duration> sample) {
        return repeat(times, i -> sample.get());
    }

    private static List<Duration> repeat(int times, java.util.function.IntFunction<Duration> sample) {
        List<Duration> samples = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            samples.add(sample.apply(i));
        }
        return samples;
    }

    @AfterAll
    static void write() throws IOException {
        StringBuilder table = new StringBuilder("| path | n | p50 ms | p95 ms | max ms | target ms | met |\n"
                + "|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> table.append(r.line()).append('\n'));
        table.append(load.markdown());
        Path out = OUT.resolve("slack-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
    }

    private record Row(String path, List<Long> millis, long target) {
        static Row of(String path, long targetMillis, List<Duration> samples) {
            return new Row(path, samples.stream().map(Duration::toMillis).sorted().toList(), targetMillis);
        }

        long percentile(double p) {
            return millis.get((int) Math.min(millis.size() - 1, Math.ceil(p * millis.size()) - 1));
        }

        String line() {
            long max = millis.get(millis.size() - 1);
            return "| " + path + " | " + millis.size() + " | " + percentile(0.5) + " | " + percentile(0.95) + " | "
                    + max + " | " + target + " | " + (max < target ? "yes" : "NO") + " |";
        }
    }
}
