package newdeal.deal.state;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the shared state lives, as read from {@code REDIS_URL}: {@code redis://} or, with {@code tls}, {@code
 * rediss://}. {@link #toString()} shows the address and whether a password is set, never the password.
 */
public record RedisEndpoint(String host, int port, boolean tls, Optional<String> username, Optional<String> password,
                            int database) {
    public static final int DEFAULT_PORT = 6379;

    public RedisEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("A Redis port is 1-65535, got " + port);
        }
        if (database < 0) {
            throw new IllegalArgumentException("A Redis database number is 0 or more, got " + database);
        }
    }

    /** A server on this host and port without TLS or password, database 0. */
    public static RedisEndpoint plain(String host, int port) {
        return new RedisEndpoint(host, port, false, Optional.empty(), Optional.empty(), 0);
    }

    /** host:port, as messages and logs name the server. */
    public String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return (tls ? "rediss://" : "redis://") + address() + (database == 0 ? "" : "/" + database)
                + username.map(u -> " (user " + u + ")").orElse("")
                + (password.isPresent() ? " (password set)" : " (no password)");
    }
}
