package newdeal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import newdeal.playground.Playground;
import newdeal.sandbox.Sandbox;

/**
 * {@code java -jar new-deal.jar playground [--port N]}: the app as {@link Main#start} wires it, behind the playground's
 * Slack stand-in, against the embedded sandbox (or, with the four {@code PIPELINER_*} variables, that real space),
 * all on 127.0.0.1. Ctrl-C stops it.
 */
public final class PlaygroundCommand {
    static final int DEFAULT_PORT = 3000;
    static final String HOST = "127.0.0.1";
    private static final List<String> PIPELINER_KEYS = List.of("PIPELINER_SERVICE_URL", "PIPELINER_SPACE_ID",
            "PIPELINER_API_USERNAME", "PIPELINER_API_PASSWORD", "PIPELINER_OPPORTUNITY_URL");

    private PlaygroundCommand() {
    }

    static void main(String[] args, Map<String, String> env) {
        Started started;
        try {
            started = start(port(args), env, Main.Timings.defaults());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar new-deal.jar playground [--port N]");
            System.exit(2);
            return;
        } catch (Config.Invalid e) {
            System.err.println("The playground cannot use these Pipeliner settings:\n  - "
                    + String.join("\n  - ", e.problems()));
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("The playground could not start: " + e.getMessage()
                    + " (is the port in use? choose another with --port N)");
            System.exit(1);
            return;
        }
        describe(started, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.stop();
            stopped.countDown();
        }, "playground-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A running playground and, in sandbox mode, its sandbox (tests set faults on it). */
    public record Started(Playground playground, Optional<Sandbox> sandbox) {
        public void stop() {
            playground.stop();
            sandbox.ifPresent(Sandbox::stop);
        }
    }

    /**
     * Starts the playground on {@code port} (0: a free one). Only the {@code PIPELINER_*} variables of {@code env}
     * are read; the Slack settings are made up for this run.
     */
    public static Started start(int port, Map<String, String> env, Main.Timings timings) {
        Optional<Config.PipelinerAccess> real = realPipeliner(env);
        // The sandbox starts beside the app: the app asks Pipeliner for nothing before it is up.
        CompletableFuture<Sandbox> sandbox = real.isPresent() ? null
                : CompletableFuture.supplyAsync(() -> Sandbox.start(0), PlaygroundCommand::sandboxThread);
        Playground.Pipeliner pipeliner = real.map(access -> new Playground.Pipeliner(
                CompletableFuture.completedFuture(access.serviceUrl()), access.spaceId(), access.username(),
                access.password(), Config.from(withSlack(env)).opportunityUrlTemplate(), true))
                .orElseGet(() -> new Playground.Pipeliner(sandbox.thenApply(Sandbox::baseUrl), Sandbox.SPACE_ID,
                        Sandbox.USERNAME, Sandbox.PASSWORD, Sandbox.OPPORTUNITY_PAGE, false));
        Playground playground;
        try {
            playground = Playground.start(port, pipeliner, appEnv -> running(Main.start(appEnv, timings, HOST)));
        } catch (RuntimeException e) {
            Optional.ofNullable(sandbox).ifPresent(s -> s.thenAccept(Sandbox::stop));
            throw e;
        }
        try {
            return new Started(playground, Optional.ofNullable(sandbox).map(CompletableFuture::join));
        } catch (RuntimeException e) {
            playground.stop();
            throw e;
        }
    }

    private static Playground.RunningApp running(Main.Running app) {
        return new Playground.RunningApp() {
            @Override
            public int port() {
                return app.port();
            }

            @Override
            public void stop() {
                app.stop();
            }
        };
    }

    private static void sandboxThread(Runnable start) {
        Thread thread = new Thread(start, "playground-sandbox-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The real space when the PIPELINER_* variables name one; their problems as {@link Config.Invalid}. */
    private static Optional<Config.PipelinerAccess> realPipeliner(Map<String, String> env) {
        return Config.from(withSlack(env)).pipeliner();
    }

    /** Only the Pipeliner settings, with placeholders for the Slack ones the playground makes up itself. */
    private static Map<String, String> withSlack(Map<String, String> env) {
        Map<String, String> checked = new HashMap<>();
        PIPELINER_KEYS.forEach(key -> Optional.ofNullable(env.get(key)).ifPresent(v -> checked.put(key, v)));
        checked.put("SLACK_SIGNING_SECRET", "playground-placeholder");
        checked.put("SLACK_BOT_TOKEN", "xoxb-playground-placeholder");
        return checked;
    }

    static int port(String[] args) {
        if (args.length == 0) {
            return DEFAULT_PORT;
        }
        if (args.length != 2 || !args[0].equals("--port")) {
            throw new IllegalArgumentException("unexpected arguments: " + String.join(" ", args));
        }
        try {
            int port = Integer.parseInt(args[1]);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a port number (0-65535), got: " + args[1]);
        }
    }

    static void describe(Started started, PrintStream out) {
        long ready = ManagementFactory.getRuntimeMXBean().getUptime();
        out.println("new-deal playground: the real app, a Slack stand-in and "
                + (started.sandbox().isPresent() ? "the embedded Pipeliner sandbox"
                : "YOUR REAL Pipeliner space (deals created there are real)") + ", ready in " + ready + " ms.");
        out.println("Open " + started.playground().url() + " in your browser");
        out.println("Ctrl-C stops it.");
    }
}
