package newdeal.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How long {@code java -jar target/new-deal.jar playground} takes until it prints the address to open, and until
 * that address answers, each run a fresh JVM as a new user starts it. Not part of the suite (its name ends in
 * Benchmark): build the jar, then
 * {@code mvn -B test -Dtest=PlaygroundStartBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to
 * target/benchmarks/playground-start.md.
 */
class PlaygroundStartBenchmark {
    private static final int RUNS = 10;
    private static final Path JAR = Path.of("target", "new-deal.jar");

    @Test
    void starts_the_playground_from_the_jar() throws Exception {
        assertThat(JAR).as("build the jar first: mvn -B package -DskipTests").exists();
        List<long[]> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(once());
        }
        StringBuilder table = new StringBuilder("| run | printed the address, ms | page answered, ms |\n|---|---|---|\n");
        for (int i = 0; i < runs.size(); i++) {
            table.append("| ").append(i + 1).append(" | ").append(runs.get(i)[0]).append(" | ")
                    .append(runs.get(i)[1]).append(" |\n");
        }
        long[] printed = runs.stream().mapToLong(r -> r[0]).sorted().toArray();
        long[] answered = runs.stream().mapToLong(r -> r[1]).sorted().toArray();
        table.append("| median | ").append(printed[RUNS / 2]).append(" | ").append(answered[RUNS / 2]).append(" |\n")
                .append("| max | ").append(printed[RUNS - 1]).append(" | ").append(answered[RUNS - 1]).append(" |\n");
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "playground-start.md"), table);
        System.out.println(table);
    }

    /** One start: milliseconds from launching the JVM until it printed the address, and until the page answered. */
    private static long[] once() throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "playground", "--port",
                Integer.toString(port)).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String expected = "Open http://127.0.0.1:" + port + "/ in your browser";
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals(expected)) {
                    long printed = (System.nanoTime() - launched) / 1_000_000;
                    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(page.statusCode()).isEqualTo(200);
                    return new long[] {printed, (System.nanoTime() - launched) / 1_000_000};
                }
            }
            throw new AssertionError("the playground ended without printing the address");
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
