package newdeal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import newdeal.pipeliner.NoDelaySocketFactory;
import newdeal.pipeliner.PipelinerClient;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The app's HTTP clients, all derived from one {@link OkHttpClient} (one connection pool) whose sockets have
 * TCP_NODELAY: Slack's Web API client with timeouts that fit Slack's 3 seconds, and the Pipeliner client.
 */
final class HttpClients {
    /** A Web API call must end in time for its listener to answer inside Slack's 3 s. */
    private static final Duration SLACK_CALL_TIMEOUT = Duration.ofMillis(2500);
    private static final Duration SLACK_CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final int IDLE_CONNECTIONS = 64;
    /**
     * Shorter than the idle timeout of the servers at the other end (Jetty's 30 s, as the sandbox's; load balancers'
     * 60 s): a connection they closed while it sat in the pool would fail the next request with "unexpected end of
     * stream", and the Pipeliner client, which never lets OkHttp retry on its own, would try the next dead one.
     */
    private static final Duration KEEP_IDLE = Duration.ofSeconds(20);

    private HttpClients() {
    }

    /**
     * Sockets without Nagle's delay for Slack's Web API and Pipeliner alike; each client adds its own timeouts. Up to
     * {@value #IDLE_CONNECTIONS} idle connections are kept (OkHttp keeps 5) for {@link #KEEP_IDLE}: after a burst of
     * commands, the next one finds its connection to Slack open instead of paying a new TCP and TLS handshake.
     */
    static OkHttpClient.Builder base() {
        return new OkHttpClient.Builder().socketFactory(new NoDelaySocketFactory())
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, KEEP_IDLE.toMillis(), TimeUnit.MILLISECONDS))
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(15));
    }

    static Slack slack(String apiUrl, OkHttpClient http) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
        slackConfig.setStatsEnabled(false);
        // Pipeliner's timeouts (read 10 s) would let a slow views.open hold a listener past Slack's 3 s: Slack's
        // calls get their own, on the same connection pool.
        OkHttpClient slackHttp = http.newBuilder().connectTimeout(SLACK_CONNECT_TIMEOUT)
                .callTimeout(SLACK_CALL_TIMEOUT).build();
        return Slack.getInstance(slackConfig, new SlackHttpClient(slackHttp));
    }

    static PipelinerClient pipeliner(Config.PipelinerAccess access, OkHttpClient http, ObjectMapper json,
                                     Clock clock, String version) {
        return PipelinerClient.builder().serviceUrl(access.serviceUrl()).spaceId(access.spaceId())
                .credentials(access.username(), access.password()).mapper(json).baseClient(http).clock(clock)
                .appVersion(version).build();
    }
}
