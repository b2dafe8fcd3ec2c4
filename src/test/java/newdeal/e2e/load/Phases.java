package newdeal.e2e.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newdeal.sandbox.Fault;

/**
 * The load test's phases, each writing its table: start to ready, then for a heap setting both apps under the same
 * command load in interleaved blocks (so noise hits both), new-deal's options loads with Pipeliner fast and slow, and
 * what memory they hold afterwards; and the account search through Pipeliner while the index is held back.
 */
public final class Phases {
    /** Commands per block at each concurrency: bounded, and about the same time per block. */
    private static final Map<Integer, Integer> BLOCK = Map.of(1, 150, 10, 600, 50, 1500, 200, 2400);
    private static final int MEMORY_AFTER = 10_000;
    private final LoadTest load;
    private final Report report;
    /** new-deal's and the bare app's views.open p99 per heap setting and concurrency. */
    private final Map<String, Map<Integer, double[]>> p99 = new LinkedHashMap<>();

    public Phases(LoadTest load, Report report) {
        this.load = load;
        this.report = report;
    }

    public void startToReady(int runs) {
        Samples newDeal = new Samples();
        Samples bare = new Samples();
        for (int i = 0; i < runs; i++) {
            try (AppJvm app = load.newDeal("start-newdeal", List.of())) {
                newDeal.add(LoadTest.awaitNewDeal(app).toNanos());
            }
            try (AppJvm app = load.bare("start-bare", List.of())) {
                bare.add(LoadTest.awaitBare(app).toNanos());
            }
        }
        report.section("Start to ready (ms), " + runs + " starts each, alternating", "app", "p50", "max")
                .row("new-deal", newDeal.p50(), newDeal.max()).row("bare Bolt", bare.p50(), bare.max());
    }

    /** Both apps started with {@code jvm}, loaded at each concurrency in {@code rounds} interleaved rounds. */
    public void underLoad(String heap, List<String> jvm, List<Integer> concurrencies, int rounds, boolean slowRuns) {
        try (AppJvm newDeal = load.newDeal(LoadTest.NEW_DEAL, jvm); AppJvm bare = load.bare(LoadTest.BARE, jvm)) {
            Duration ready = LoadTest.awaitNewDeal(newDeal);
            LoadTest.awaitBare(bare);
            Duration indexed = LoadTest.awaitIndex(newDeal);
            report.line("").line("new-deal (" + heap + ") ready after " + ready.toMillis() + " ms; account index of "
                    + load.space().generatedNames().size() + " + seeded accounts loaded after " + indexed.toMillis()
                    + " ms (from the spawn).");
            CommandLoad commands = load.commands();
            int served = warmUp(commands, newDeal, bare);
            served += matrix(heap, commands, newDeal, bare, concurrencies, rounds);
            options(heap, newDeal);
            if (slowRuns) {
                slow(newDeal, Duration.ofMillis(500), 0);
                slow(newDeal, Duration.ofMillis(1200), 1);
            }
            memory(heap, commands, served, newDeal, bare);
        }
        report.line("").line("views.open body: new-deal " + load.arrivals().bodyBytes(LoadTest.NEW_DEAL)
                + " bytes (its full form), bare Bolt " + load.arrivals().bodyBytes(LoadTest.BARE) + " bytes.");
    }

    private int warmUp(CommandLoad commands, AppJvm newDeal, AppJvm bare) {
        commands.run(newDeal, 10, 500);
        commands.run(bare, 10, 500);
        load.typing().run(newDeal, TypingReps.scripts(load.space(), 10, false, 0), 5);
        return 500;
    }

    private int matrix(String heap, CommandLoad commands, AppJvm newDeal, AppJvm bare, List<Integer> levels,
                       int rounds) {
        report.section("/new-deal under load, " + heap + ", blocks interleaved (" + rounds + " rounds)", "app", "c",
                "commands", "ack p50", "ack p99", "ack max", "views.open p50", "views.open p99", "views.open max",
                "requests/s", "CPU ms/request", "failed");
        int served = 0;
        for (int c : levels) {
            List<CommandLoad.Block> ours = new ArrayList<>();
            List<CommandLoad.Block> theirs = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                boolean oursFirst = round % 2 == 0;
                (oursFirst ? ours : theirs).add(commands.run(oursFirst ? newDeal : bare, c, BLOCK.get(c)));
                (oursFirst ? theirs : ours).add(commands.run(oursFirst ? bare : newDeal, c, BLOCK.get(c)));
            }
            double[] both = {row("new-deal", c, ours), row("bare Bolt", c, theirs)};
            p99.computeIfAbsent(heap, h -> new LinkedHashMap<>()).put(c, both);
            served += BLOCK.get(c) * rounds;
        }
        return served;
    }

    /** One table row for the blocks of one app at one concurrency; returns its views.open p99. */
    private double row(String app, int c, List<CommandLoad.Block> blocks) {
        Samples ack = Samples.of(blocks.stream().map(CommandLoad.Block::ack).toList());
        Samples open = Samples.of(blocks.stream().map(CommandLoad.Block::open).toList());
        int count = blocks.stream().mapToInt(CommandLoad.Block::commands).sum();
        double perSecond = count * 1e9 / blocks.stream().mapToLong(CommandLoad.Block::wallNanos).sum();
        double cpu = blocks.stream().mapToLong(b -> b.cpu().toNanos()).sum() / 1e6 / count;
        int failed = blocks.stream().mapToInt(CommandLoad.Block::failures).sum();
        report.row(app, c, count, ack.p50(), ack.p99(), ack.max(), open.p50(), open.p99(), open.max(),
                String.format("%.0f", perSecond), String.format(java.util.Locale.ROOT, "%.2f", cpu), failed);
        return open.p99();
    }

    private void options(String heap, AppJvm newDeal) {
        report.section("Account options loads from the index, " + heap + " (a letter at a time, 120 ms apart)",
                "reps", "loads", "answered", "empty", "failed", "p50", "p99", "max");
        for (int reps : List.of(1, 50)) {
            TypingReps.Result result = load.typing().run(newDeal,
                    TypingReps.scripts(load.space(), reps == 1 ? 30 : 150, false, 100), reps);
            loadsRow(reps, result.accounts());
        }
    }

    /** 50 reps each open the form, search an account, pick it and search its contacts, every GET slowed. */
    private void slow(AppJvm newDeal, Duration latency, int half) {
        List<Space.Pick> picks = load.space().picks();
        List<TypingReps.Script> scripts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Space.Pick pick = picks.get((half * picks.size() / 2 + i % (picks.size() / 2)) % picks.size());
            scripts.add(new TypingReps.Script(pick.name(), pick));
        }
        var fault = load.sandbox().faults().add(Fault.on("GET", ".*").withLatency(latency));
        TypingReps.Result result;
        try {
            result = load.typing().run(newDeal, scripts, 50);
        } finally {
            fault.remove();
        }
        report.section("Pipeliner slow: every GET takes " + latency.toMillis() + " ms, 50 reps typing",
                "options load", "loads", "answered", "empty", "failed", "p50", "p99", "max");
        loadsRow("accounts", result.accounts());
        loadsRow("contacts of the picked account", result.contacts());
    }

    private void loadsRow(Object what, TypingReps.Loads loads) {
        report.row(what, loads.latency().count(), loads.answered().get(), loads.empty().get(), loads.failed().get(),
                loads.latency().p50(), loads.latency().p99(), loads.latency().max());
    }

    private void memory(String heap, CommandLoad commands, int served, AppJvm newDeal, AppJvm bare) {
        if (served < MEMORY_AFTER) {
            commands.run(newDeal, 50, MEMORY_AFTER - served);
            commands.run(bare, 50, MEMORY_AFTER - served);
        }
        int total = Math.max(served, MEMORY_AFTER);
        report.section("Memory after " + total + " commands (plus new-deal's options loads), " + heap, "app",
                "RSS MB", "live heap MB (after a full GC)")
                .row("new-deal", newDeal.rssMegabytes(), newDeal.liveHeapMegabytes())
                .row("bare Bolt", bare.rssMegabytes(), bare.liveHeapMegabytes());
    }

    /** The account search when it still goes to Pipeliner: the index held back, each query first cold then hot. */
    public void throughPipeliner() {
        var heldBack = load.sandbox().faults().add(Fault.on("GET", "/entities/Accounts$").withQuery("load-only=")
                .hang());
        try (AppJvm newDeal = load.newDeal("newdeal-no-index", List.of())) {
            LoadTest.awaitNewDeal(newDeal);
            List<String> queries = load.space().generatedNames().stream().limit(40).map(n -> n.substring(0, 6))
                    .distinct().toList();
            TypingReps typing = load.typing();
            Samples cold = typing.searches(newDeal, queries);
            Samples hot = typing.searches(newDeal, queries);
            report.section("Account options loads through Pipeliner (index not loaded), one rep", "cache", "loads",
                    "p50", "p99", "max")
                    .row("missed (Pipeliner asked)", cold.count(), cold.p50(), cold.p99(), cold.max())
                    .row("hit (same queries again)", hot.count(), hot.p50(), hot.p99(), hot.max());
        } finally {
            heldBack.remove();
        }
    }

    /** The index's search on its own: 50 reps typing fast, over the benchmark's space and over the bound. */
    public void indexSearches() {
        List<String> typed = TypingReps.scripts(load.space(), 300, false, 0).stream()
                .map(TypingReps.Script::accountQuery).toList();
        List<String> names = new ArrayList<>(load.space().generatedNames());
        load.space().picks().forEach(p -> names.add(p.name()));
        report.section("Account index search alone (in the benchmark's JVM), 50 reps typing, 20 ms between letters",
                "accounts", "index built in ms", "searches", "p50", "p99", "max");
        for (int size : List.of(names.size(), newdeal.deal.AccountIndex.MAX_ACCOUNTS)) {
            IndexSearches.Result result = IndexSearches.run(IndexSearches.accounts(names, size), typed, 50, 20_000);
            report.row(size, result.buildMillis(), result.latency().count(), result.latency().p50(),
                    result.latency().p99(), result.latency().max());
        }
    }

    /** The last line: new-deal's views.open p99 over the bare app's, at c=1 and c=50, per heap setting. */
    public void ratios() {
        StringBuilder line = new StringBuilder("**views.open p99, new-deal / bare Bolt:**");
        p99.forEach((heap, byLevel) -> byLevel.forEach((c, both) -> line.append(String.format(java.util.Locale.ROOT,
                " %s c=%d: %.2f (%s / %s ms);", heap, c, both[0] / both[1], Samples.ms(both[0]),
                Samples.ms(both[1])))));
        Map<Integer, double[]> main = p99.values().iterator().next();
        report.line("").line(line.toString()).line("").line(String.format(java.util.Locale.ROOT,
                "Ratio of new-deal's to the bare app's views.open p99: c=1 %.2f, c=50 %.2f",
                main.get(1)[0] / main.get(1)[1], main.get(50)[0] / main.get(50)[1]));
    }
}
