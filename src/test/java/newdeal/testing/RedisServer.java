package newdeal.testing;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SslVerifyMode;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import newdeal.deal.state.RedisEndpoint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's redis-server for a test class, on a free loopback port, keeping nothing on disk. Register it with
 * {@code @RegisterExtension static final RedisServer redis = RedisServer.plain();}: it starts on first use and stops
 * after the class. Where the binary is absent the test using it is skipped, saying how to install it; with
 * {@code CI=true} it fails instead, so CI never silently skips. {@link #stop()}, {@link #start()}, {@link #pause()}
 * and {@link #resume()} let a test take Redis away and bring it back on the same port.
 */
public final class RedisServer implements AfterAllCallback {
    static final String INSTALL = "sudo apt-get install redis-server";

    private final Optional<String> password;
    private final boolean tls;
    private final Optional<Path> binary;
    private final boolean ci;
    private Path dir;
    private int port;
    private RedisProcess process;
    private RedisClient adminClient;
    private StatefulRedisConnection<String, String> admin;

    RedisServer(Optional<String> password, boolean tls, Optional<Path> binary, boolean ci) {
        this.password = password;
        this.tls = tls;
        this.binary = binary;
        this.ci = ci;
    }

    public static RedisServer plain() {
        return new RedisServer(Optional.empty(), false, findBinary(), "true".equals(System.getenv("CI")));
    }

    /** {@code requirepass}, and with {@code tls} only a TLS port with a self-signed certificate. */
    public static RedisServer secured(String password, boolean tls) {
        return new RedisServer(Optional.of(password), tls, findBinary(), "true".equals(System.getenv("CI")));
    }

    static Optional<Path> findBinary() {
        String path = System.getenv().getOrDefault("PATH", "");
        List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        dirs.add("/usr/bin");
        return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, "redis-server"))
                .filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts the server on first use; skips the test (fails it with CI=true) where redis-server is absent. A server
     * a test {@link #stop() stopped} stays stopped until it {@link #start() starts} it.
     */
    public synchronized RedisServer running() {
        if (dir == null) {
            start();
        }
        return this;
    }

    public synchronized RedisEndpoint endpoint() {
        running();
        return new RedisEndpoint("127.0.0.1", port, tls, Optional.empty(), password, 0);
    }

    /** As REDIS_URL would hold it. */
    public synchronized String url() {
        running();
        return (tls ? "rediss://" : "redis://") + password.map(p -> ":" + p + "@").orElse("") + "127.0.0.1:" + port;
    }

    /** Starts it (again, on the same port after {@link #stop()}) and returns once it accepts connections. */
    public synchronized void start() {
        Path redis = binary.orElseGet(() -> {
            String missing = "redis-server is not installed (looked on PATH and in /usr/bin); install it with `"
                    + INSTALL + "` to run the Redis tests";
            if (ci) {
                throw new AssertionError("CI=true, so the Redis tests must run, but " + missing);
            }
            Assumptions.abort(missing);
            return null;
        });
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("redis-test");
                firstStart(redis);
            } else {
                process = RedisProcess.start(new RedisCommandLine(redis, dir, port, password, tls).arguments());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On a shared machine another process may take the free port first: then another one. */
    private void firstStart(Path redis) throws IOException {
        for (int attempt = 1; ; attempt++) {
            port = LoopbackPorts.free();
            try {
                process = RedisProcess.start(new RedisCommandLine(redis, dir, port, password, tls).arguments());
                return;
            } catch (RedisProcess.NotStarted e) {
                if (tls && e.getMessage().contains("tls-port")) {
                    Assumptions.abort("This redis-server was built without TLS, so the rediss:// test cannot run: "
                            + e.getMessage());
                }
                if (attempt == 3 || !e.getMessage().contains("Address already in use")) {
                    throw e;
                }
            }
        }
    }

    /** Stops it (SIGTERM) and returns once it has exited: clients see the connection closed. */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    /** Freezes it (SIGSTOP): connections stay open and commands get no answer, as with a hung server. */
    public synchronized void pause() {
        started().signal("STOP");
    }

    public synchronized void resume() {
        started().signal("CONT");
    }

    /** The state letter Linux shows for the process (R, S, T for stopped…), for a test of {@link #pause()}. */
    synchronized char processState() {
        return started().state();
    }

    private RedisProcess started() {
        if (running().process == null) {
            throw new IllegalStateException("redis-server was stopped: start() it first");
        }
        return process;
    }

    /** A connection of the test's own, for looking at keys, TTLs and memory as an admin would in redis-cli. */
    public synchronized RedisCommands<String, String> admin() {
        running();
        if (admin == null) {
            RedisURI.Builder uri = RedisURI.builder().withHost("127.0.0.1").withPort(port)
                    .withTimeout(Duration.ofSeconds(5)).withSsl(tls).withVerifyPeer(SslVerifyMode.NONE);
            password.ifPresent(uri::withPassword);
            adminClient = RedisClient.create(uri.build());
            admin = adminClient.connect();
        }
        return admin.sync();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws IOException {
        if (adminClient != null) {
            adminClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            adminClient = null;
            admin = null;
        }
        stop();
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
