package newdeal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One run of redis-server: started, ready once it says so on its log, stopped. Keeps its last log lines. */
final class RedisProcess {
    private static final String READY = "Ready to accept connections";
    private static final long START_SECONDS = 20;

    private final Process process;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final Thread killOnExit;

    private RedisProcess(Process process) {
        this.process = process;
        // A test JVM that exits without stopping the server (a crash, a kill) must not leave it running.
        killOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killOnExit);
        Thread reader = new Thread(this::readLog, "redis-server-log-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Runs the command and waits until the server accepts connections; fails with its log if it does not. */
    static RedisProcess start(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        }
        RedisProcess started = new RedisProcess(process);
        started.awaitReady();
        return started;
    }

    private void awaitReady() {
        try {
            CompletableFuture.anyOf(ready, process.onExit()).get(START_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // reported below
        }
        if (!ready.isDone()) {
            stop();
            throw new NotStarted("redis-server did not become ready within " + START_SECONDS + " s; its log:\n"
                    + log());
        }
    }

    private void readLog() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 40) {
                        lastLines.removeFirst();
                    }
                }
                if (line.contains(READY)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    String log() {
        synchronized (lastLines) {
            return String.join("\n", lastLines);
        }
    }

    /** The third field of /proc/PID/stat, after the name in parentheses. */
    char state() {
        try {
            String stat = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "stat")).get(0);
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the state of redis-server: " + e, e);
        }
    }

    /** SIGTERM, and SIGKILL if it has not exited 10 s later; returns once it has exited (its port is free). */
    void stop() {
        if (process.isAlive()) {
            signal("CONT"); // a paused server would not act on SIGTERM
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs anyway
        }
    }

    /** Sends a signal by name (STOP, CONT) with kill(1): Java has no call for those. */
    void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run kill -" + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted sending " + name + " to redis-server", e);
        }
    }

    /** redis-server exited or stayed silent instead of accepting connections; the message holds its log. */
    static final class NotStarted extends RuntimeException {
        NotStarted(String message) {
            super(message);
        }
    }
}
