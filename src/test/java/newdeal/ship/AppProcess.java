package newdeal.ship;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code newdeal.Main} in a JVM of its own, on this test's classpath, with exactly the given environment (nothing
 * inherited), its stdout and stderr collected together.
 */
final class AppProcess implements AutoCloseable {
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private AppProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::collect, "app-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    static AppProcess start(Map<String, String> env) throws IOException {
        return start(env, List.of());
    }

    /** With JVM options such as {@code -Xmx300m} before the main class. */
    static AppProcess start(Map<String, String> env, List<String> jvmOptions) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "newdeal.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        return new AppProcess(builder.start());
    }

    /** The exit code, or a failure when the process is still running after {@code timeout}. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("new-deal still runs after " + timeout.toMillis() + " ms; output:\n" + output);
        }
        reader.join(2000);
        return process.exitValue();
    }

    /** SIGTERM, as Heroku sends on every restart. */
    void terminate() {
        process.destroy();
    }

    /** The operating system's process id, to read its memory from /proc. */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        return output.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void collect() {
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
