package newdeal.deal.state;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.MaintNotificationsConfig;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslVerifyMode;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.protocol.ProtocolVersion;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How new-deal's Lettuce client is set up: answers fast or fails fast, reconnects soon, never replays. */
final class LettuceSettings {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private LettuceSettings() {
    }

    /** Two threads each (a small dyno); a reconnect at most 2 s after the last try, where Lettuce waits up to 30 s. */
    static ClientResources resources() {
        return DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(2), 2,
                        TimeUnit.MILLISECONDS)).build();
    }

    static ClientOptions options(Duration timeout) {
        return ClientOptions.builder()
                // RESP2: AUTH and script replies as every Redis version since 2.6 gives them.
                .protocolVersion(ProtocolVersion.RESP2)
                .maintNotificationsConfig(MaintNotificationsConfig.disabled())
                .autoReconnect(true)
                // Never queue commands while disconnected: the caller gets its answer (an error) at once. Never
                // replay a command after a reconnect either: its caller has had its error, and a replayed claim would
                // find the key taken (by itself).
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .replayFilter(command -> true)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).keepAlive(true).build())
                .build();
    }

    /**
     * Heroku's Key-Value Store presents a self-signed certificate, and Heroku's instructions for connecting turn
     * certificate verification off: with rediss:// the connection is encrypted, but the server is not verified.
     */
    static RedisURI uri(RedisEndpoint endpoint, Duration timeout) {
        RedisURI.Builder builder = RedisURI.builder().withHost(endpoint.host()).withPort(endpoint.port())
                .withDatabase(endpoint.database()).withTimeout(timeout).withSsl(endpoint.tls());
        if (endpoint.tls()) {
            builder.withVerifyPeer(SslVerifyMode.NONE);
        }
        endpoint.password().ifPresent(password -> endpoint.username().ifPresentOrElse(
                user -> builder.withAuthentication(user, password), () -> builder.withPassword(password)));
        return builder.build();
    }
}
