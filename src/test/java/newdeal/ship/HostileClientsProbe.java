package newdeal.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import newdeal.testing.FakeSlackApi;
import newdeal.testing.RawConnection;
import newdeal.testing.SlackHttp;
import newdeal.testing.SlackRequests;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.Test;

/**
 * The app in a JVM of its own with {@code -Xmx300m}, as on a small dyno, under the hostile clients of issue 8:
 * 300 slow bodies and 50 slow headers kept open by an attacker who reconnects at once, and unsigned 50 MiB chunked
 * bodies. Measures /healthz and a signed command's round trip before and during the attack, how long slow
 * connections last, and the app's memory. Not part of {@code mvn verify} (its name ends in Probe); run it with
 * {@code mvn -B test -Dtest=HostileClientsProbe -Dsurefire.failIfNoSpecifiedTests=false}. The table goes to
 * {@code target/benchmarks/hostile-clients.md}; RELIABILITY.md records the numbers and the machine.
 */
class HostileClientsProbe {
    private static final String SECRET = "probe0signing0secret000000000000";
    private static final int FIFTY_MIB = 50 * 1024 * 1024;
    /** Calls measured per row; {@code -Dprobe.samples=N} changes it (an app that hangs makes each call take 10 s). */
    private static final int SAMPLES = Integer.getInteger("probe.samples", 100);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> rows = new ArrayList<>();

    @Test
    void measures_the_app_under_slow_and_oversized_requests() throws Exception {
        String output;
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            int port = freePort();
            Map<String, String> env = Map.of("PORT", String.valueOf(port), "SLACK_SIGNING_SECRET", SECRET,
                    "SLACK_BOT_TOKEN", "xoxb-not-a-real-token-hostile-probe", "SLACK_API_URL", slack.apiUrl());
            try (AppProcess app = AppProcess.start(env, List.of("-Xmx300m"))) {
                String base = "http://127.0.0.1:" + port;
                Waiting.until(() -> health(base) == 200, Duration.ofSeconds(60), () -> "the app never became healthy:\n"
                        + app.output());
                SlackRequests requests = new SlackRequests(SECRET);
                Supplier<Duration> command = () -> timed(() -> SlackHttp.post(base + "/slack/events",
                        requests.command("Probe deal", slack.responseUrl("probe"))));
                Supplier<Duration> healthz = () -> timed(() -> health(base));

                row("/healthz, no attack", measure(healthz));
                row("signed command, no attack", measure(command));
                long rssBefore = rssKib(app);
                try (SlowAttack bodies = SlowAttack.start(port, SlowAttack.Kind.BODY, 300, 500);
                     SlowAttack headers = SlowAttack.start(port, SlowAttack.Kind.HEADERS, 50, 500)) {
                    row("/healthz, 300 slow bodies + 50 slow headers open", measure(healthz));
                    row("signed command, 300 slow bodies + 50 slow headers open", measure(command));
                    awaitQuietly(() -> bodies.lifetimes().size() >= 300 && headers.lifetimes().size() >= 50);
                    rows.add("| slow body: lifetime until the app ended it (ms) | " + stats(bodies.lifetimes()) + " |");
                    rows.add("| slow headers: lifetime until the app ended it (ms) | " + stats(headers.lifetimes())
                            + " |");
                }
                rows.add("| 50 MiB unsigned chunked body | " + oversized(port) + " |");
                List<CompletableFuture<String>> ten = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    ten.add(CompletableFuture.supplyAsync(() -> oversized(port)));
                }
                for (CompletableFuture<String> one : ten) {
                    rows.add("| 50 MiB unsigned chunked body, 10 at once | " + one.get(2, TimeUnit.MINUTES) + " |");
                }
                rows.add("| app after all this | alive " + app.isAlive() + ", /healthz " + health(base) + ", RSS "
                        + rssBefore / 1024 + " MiB before the attacks, " + rssKib(app) / 1024 + " MiB after; "
                        + "OutOfMemoryError in its output: " + app.output().contains("OutOfMemoryError") + " |");
                output = app.output();
            }
        }
        write();
        assertThat(output).doesNotContain("OutOfMemoryError");
    }

    /** The status line the app answered, how soon, and how much of the body got through before it closed. */
    private static String oversized(int port) {
        try (RawConnection connection = RawConnection.open(port)) {
            long started = System.nanoTime();
            connection.send(RawConnection.postHead(-1));
            CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> sendChunked(connection));
            String answer = connection.awaitAnswerOrClose(Duration.ofSeconds(60));
            long answeredMs = (System.nanoTime() - started) / 1_000_000;
            long sent = written.get(2, TimeUnit.MINUTES);
            return answer + " after " + answeredMs + " ms; " + sent / 1024 + " KiB written before the app closed the"
                    + " connection";
        } catch (Exception e) {
            return "failed: " + e;
        }
    }

    private static long sendChunked(RawConnection connection) {
        byte[] data = new byte[64 * 1024];
        Arrays.fill(data, (byte) 'a');
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n".getBytes(StandardCharsets.US_ASCII);
        long written = 0;
        while (written < FIFTY_MIB && connection.trySend(head) && connection.trySend(data)
                && connection.trySend(tail)) {
            written += data.length;
        }
        return written;
    }

    private int health(String base) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** How long the call took, failed or not (a call that got no answer counts with its timeout). */
    private static Duration timed(Runnable call) {
        long started = System.nanoTime();
        try {
            call.run();
        } catch (AssertionError e) {
            // SlackHttp's 5 s timeout: counted as it is
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Waits up to a minute; the table then says how many slow connections were ended by then. */
    private static void awaitQuietly(BooleanSupplier condition) {
        try {
            Waiting.until(condition, Duration.ofSeconds(60), () -> "slow connections still open");
        } catch (AssertionError e) {
            // reported by the lifetimes row
        }
    }

    private static List<Long> measure(Supplier<Duration> call) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            millis.add(call.get().toNanos() / 100_000); // tenths of a millisecond
        }
        return millis;
    }

    private void row(String what, List<Long> tenths) {
        List<Long> sorted = tenths.stream().sorted().toList();
        rows.add("| " + what + " (ms, n=" + sorted.size() + ") | p50 " + tenth(sorted.get(sorted.size() / 2))
                + ", p95 " + tenth(sorted.get(sorted.size() * 95 / 100)) + ", max "
                + tenth(sorted.get(sorted.size() - 1)) + " |");
    }

    private static String tenth(long tenths) {
        return tenths / 10 + "." + tenths % 10;
    }

    private static String stats(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "none ended within a minute";
        }
        return "n=" + sorted.size() + ", min " + sorted.get(0) + ", p50 " + sorted.get(sorted.size() / 2) + ", max "
                + sorted.get(sorted.size() - 1);
    }

    private static long rssKib(AppProcess app) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(-1L);
    }

    private void write() throws IOException {
        Path table = Path.of("target", "benchmarks", "hostile-clients.md");
        Files.createDirectories(table.getParent());
        List<String> lines = new ArrayList<>(List.of("| what | measured |", "|---|---|"));
        lines.addAll(rows);
        Files.write(table, lines);
        lines.forEach(System.out::println);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
