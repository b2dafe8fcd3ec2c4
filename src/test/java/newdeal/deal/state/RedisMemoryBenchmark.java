package newdeal.deal.state;

import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import newdeal.testing.RedisServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Redis memory that finished submissions take: each one as the app will leave it (a claim finished with a
 * Created outcome, the reply marker, who created the opportunity, the modal's state after four writes), and, apart,
 * the signature markers of the Slack requests around it. {@code used_memory} from {@code INFO memory} before and
 * after. Not part of {@code mvn verify} (its name ends in Benchmark); run it with
 * {@code mvn -B test -Dtest=RedisMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It writes its table to
 * {@code target/benchmarks/redis-memory.md}; BENCHMARKS.md records the numbers and the machine.
 */
class RedisMemoryBenchmark {
    @RegisterExtension
    static final RedisServer redis = RedisServer.plain();

    private static final int SUBMISSIONS = 10_000;
    private static final int SIGNATURES = 10_000;

    @Test
    void measures_the_memory_of_finished_submissions_and_of_signatures() throws IOException {
        RedisCommands<String, String> admin = redis.running().admin();
        admin.flushall();
        try (StateStore store = Stores.connected(redis.endpoint(), Lifetimes.defaults(), Stores.RELAXED_TIMEOUT)) {
            long empty = usedMemory(admin);
            long started = System.nanoTime();
            for (int i = 0; i < SUBMISSIONS; i++) {
                finishedSubmission(store, i);
            }
            long perSubmissionMicros = (System.nanoTime() - started) / 1_000 / SUBMISSIONS;
            long withSubmissions = usedMemory(admin);
            for (int i = 0; i < SIGNATURES; i++) {
                store.markFirst(Marker.SIGNATURE_SEEN, "v0=" + sha256Like(i));
            }
            long withSignatures = usedMemory(admin);
            report(empty, withSubmissions, withSignatures, perSubmissionMicros, admin);
        }
    }

    private static void finishedSubmission(StateStore store, int i) {
        String viewId = "V0" + Long.toString(8_000_000_000L + i, 36).toUpperCase();
        String key = viewId + "#0";
        String opportunityId = UUID.nameUUIDFromBytes(key.getBytes()).toString();
        for (String state : RealisticJson.modalStates(viewId)) { // opened, account chosen, owner found, submitted
            long version = store.readModal(viewId).map(Versioned::version).orElse(0L);
            store.writeModal(viewId, version, state);
        }
        Claim.Claimed claim = (Claim.Claimed) store.claim(key);
        store.putIfAbsent(Marker.OPPORTUNITY_CREATED_BY, opportunityId, key);
        store.finish(claim, RealisticJson.createdOutcome(opportunityId));
        store.markFirst(Marker.REPLY_SENT, key);
    }

    private static String sha256Like(int i) {
        return String.format("%064x", (long) i * 0x9E3779B97F4A7C15L & Long.MAX_VALUE);
    }

    private static long usedMemory(RedisCommands<String, String> admin) {
        return admin.info("memory").lines().filter(l -> l.startsWith("used_memory:"))
                .map(l -> Long.parseLong(l.substring("used_memory:".length()).trim())).findFirst().orElseThrow();
    }

    private static void report(long empty, long withSubmissions, long withSignatures, long micros,
                               RedisCommands<String, String> admin) throws IOException {
        long perSubmission = (withSubmissions - empty) / SUBMISSIONS;
        long perSignature = (withSignatures - withSubmissions) / SIGNATURES;
        String viewId = "V0" + Long.toString(8_000_000_000L, 36).toUpperCase();
        List<String> rows = List.of(
                "| what | n | used_memory before | after | per item |",
                "|---|---|---|---|---|",
                row("finished submissions (claim + outcome, reply marker, opportunity's creator, modal state)",
                        SUBMISSIONS, empty, withSubmissions, perSubmission),
                row("signature markers", SIGNATURES, withSubmissions, withSignatures, perSignature),
                "",
                "Sizes of one submission's values: outcome "
                        + RealisticJson.createdOutcome(UUID.randomUUID().toString()).length() + " B, modal state "
                        + RealisticJson.modalStates(viewId).get(3).length() + " B.",
                "MEMORY USAGE of its keys: submission " + admin.memoryUsage("new-deal:submission:{" + viewId + "#0}")
                        + " B, reply " + admin.memoryUsage("new-deal:reply:" + viewId + "#0") + " B, modal "
                        + admin.memoryUsage("new-deal:modal:" + viewId) + " B.",
                "Time per finished submission (12 store calls in a row, one client, loopback): " + micros + " us.");
        Path out = Path.of("target", "benchmarks", "redis-memory.md");
        Files.createDirectories(out.getParent());
        Files.write(out, rows);
        rows.forEach(System.out::println);
    }

    private static String row(String what, int n, long before, long after, long per) {
        return "| " + what + " | " + n + " | " + before + " | " + after + " | " + per + " B |";
    }
}
