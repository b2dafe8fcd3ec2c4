package newdeal.deal.state;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One Lettuce connection to the Redis of REDIS_URL, shared by every thread (Lettuce pipelines their commands). It is
 * opened in the background and opened again on use while Redis could not be reached; once open, Lettuce reconnects
 * by itself. Commands are refused at once while disconnected and time out after {@code timeout}: a caller never waits
 * longer than that for any step, and sees only {@link StateUnavailableException}.
 */
final class RedisConnection implements AutoCloseable {
    private final RedisEndpoint endpoint;
    private final Duration timeout;
    private final ClientResources resources;
    private final RedisClient client;
    private final RedisURI uri;
    private CompletableFuture<StatefulRedisConnection<String, String>> connecting; // guarded by this
    private boolean closed; // guarded by this

    RedisConnection(RedisEndpoint endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        resources = LettuceSettings.resources();
        client = RedisClient.create(resources);
        client.setOptions(LettuceSettings.options(timeout));
        uri = LettuceSettings.uri(endpoint, timeout);
        synchronized (this) {
            connecting = connect();
        }
    }

    /** Runs {@code command}; any failure to answer in time becomes a {@link StateUnavailableException}. */
    <T> T call(String operation, Function<RedisCommands<String, String>, T> command) {
        RedisCommands<String, String> commands = open(operation).sync();
        try {
            return command.apply(commands);
        } catch (RedisCommandTimeoutException e) {
            throw unavailable(operation + " got no answer within " + timeout.toMillis() + " ms", e);
        } catch (RedisException e) {
            throw unavailable(operation + " failed: " + describe(e), e);
        }
    }

    /**
     * Sends {@code command} without waiting for its answer, when connected; otherwise does nothing. For clean-ups
     * after a failed call: queued behind it on the same connection, it runs after it even on a server that hung.
     */
    void sendWithoutWaiting(Consumer<RedisAsyncCommands<String, String>> command) {
        CompletableFuture<StatefulRedisConnection<String, String>> current;
        synchronized (this) {
            current = closed ? null : connecting;
        }
        StatefulRedisConnection<String, String> connection =
                current == null || !current.isDone() || current.isCompletedExceptionally() ? null : current.join();
        if (connection != null && connection.isOpen()) {
            try {
                command.accept(connection.async());
            } catch (RuntimeException e) {
                // best effort: the lease lapses anyway
            }
        }
    }

    /** Every distinct message down the causes: "Unable to connect to …: WRONGPASS invalid username-password pair". */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return text.toString();
    }

    private StateUnavailableException unavailable(String what, Throwable cause) {
        String message = "Redis at " + endpoint.address() + ": " + what;
        // Lettuce's messages name the server, not the password; make sure of it.
        String safe = endpoint.password().filter(p -> !p.isEmpty()).map(p -> message.replace(p, "***"))
                .orElse(message);
        return new StateUnavailableException(safe, cause);
    }

    private StatefulRedisConnection<String, String> open(String operation) {
        CompletableFuture<StatefulRedisConnection<String, String>> current;
        synchronized (this) {
            if (closed) {
                throw new StateUnavailableException("The Redis state store is closed (the app is stopping)", null);
            }
            if (connecting.isCompletedExceptionally() || connecting.isCancelled()) {
                connecting = connect(); // the last attempt failed: try again, one attempt for all callers
            }
            current = connecting;
        }
        try {
            return current.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unavailable(operation + ": not connected within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw unavailable(operation + ": cannot connect: " + describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(operation + ": interrupted while connecting", e);
        }
    }

    private CompletableFuture<StatefulRedisConnection<String, String>> connect() {
        return client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // Closes the connection too, and one still being opened.
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
