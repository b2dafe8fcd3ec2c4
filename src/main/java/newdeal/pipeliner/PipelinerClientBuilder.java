package newdeal.pipeliner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Builds a {@link PipelinerClient}. Service URL, space id, API user name and password, the shared mapper and the
 * process's one {@link OkHttpClient} are required; the client derives its own with {@code newBuilder()}, which
 * shares the connection pool and adds timeouts, auth, headers and {@code TCP_NODELAY} sockets.
 */
public final class PipelinerClientBuilder {
    static final int MAX_CONCURRENT_CALLS = 64;
    private String serviceUrl;
    private String spaceId;
    private String username;
    private String password;
    private ObjectMapper mapper;
    private OkHttpClient baseClient;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retry = RetryPolicy.defaults();
    private Timeouts timeouts = Timeouts.defaults();
    private Duration clockSkew = Duration.ofMinutes(1);
    private int maxPages = 50;
    private String appVersion = "unknown";

    PipelinerClientBuilder() {
    }

    /** E.g. {@code https://eu-central.api.pipelinersales.com}; the API path is appended. */
    public PipelinerClientBuilder serviceUrl(String serviceUrl) { this.serviceUrl = serviceUrl; return this; }

    public PipelinerClientBuilder spaceId(String spaceId) { this.spaceId = spaceId; return this; }

    public PipelinerClientBuilder credentials(String username, String password) {
        this.username = username;
        this.password = password;
        return this;
    }

    public PipelinerClientBuilder mapper(ObjectMapper mapper) { this.mapper = mapper; return this; }

    public PipelinerClientBuilder baseClient(OkHttpClient baseClient) { this.baseClient = baseClient; return this; }

    public PipelinerClientBuilder clock(Clock clock) { this.clock = clock; return this; }

    public PipelinerClientBuilder retry(RetryPolicy retry) { this.retry = retry; return this; }

    /** The app's version, sent in the User-Agent ({@code new-deal/<version>}). */
    public PipelinerClientBuilder appVersion(String appVersion) { this.appVersion = appVersion; return this; }

    /**
     * OkHttp's timeouts per request; each call's overall timeout is further cut to the time left before the caller's
     * deadline. Tests name what they shorten: {@code Timeouts.defaults().withRead(Duration.ofMillis(400))}.
     */
    public record Timeouts(Duration connect, Duration read, Duration write, Duration call) {
        public static Timeouts defaults() {
            return new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5),
                    Duration.ofSeconds(10));
        }

        public Timeouts withConnect(Duration timeout) {
            return new Timeouts(timeout, read, write, call);
        }

        public Timeouts withRead(Duration timeout) {
            return new Timeouts(connect, timeout, write, call);
        }

        public Timeouts withWrite(Duration timeout) {
            return new Timeouts(connect, read, timeout, call);
        }

        public Timeouts withCall(Duration timeout) {
            return new Timeouts(connect, read, write, timeout);
        }
    }

    public PipelinerClientBuilder timeouts(Timeouts timeouts) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        return this;
    }

    /** How far Pipeliner's clock may lag ours when looking for an opportunity a lost answer may have created. */
    public PipelinerClientBuilder clockSkew(Duration clockSkew) { this.clockSkew = clockSkew; return this; }

    /** The hard cap on pages one list may take (100 items each). */
    public PipelinerClientBuilder maxPages(int maxPages) { this.maxPages = maxPages; return this; }

    public PipelinerClient build() {
        HttpUrl service = HttpUrl.parse(Objects.requireNonNull(serviceUrl, "serviceUrl").trim());
        if (service == null) {
            throw new IllegalArgumentException("Pipeliner service URL is not an http(s) URL: " + serviceUrl);
        }
        if (spaceId == null || spaceId.isBlank() || username == null || password == null) {
            throw new IllegalArgumentException("Pipeliner space id, API user name and password are all required");
        }
        HttpUrl entities = service.newBuilder().addPathSegments("api/v100/rest/spaces")
                .addPathSegment(spaceId.trim()).addPathSegment("entities").build();
        OkHttpClient base = Objects.requireNonNull(baseClient, "baseClient");
        OkHttpClient http = base.newBuilder()
                // The same factory instance as the base client's keeps its connections shareable.
                .socketFactory(base.socketFactory() instanceof NoDelaySocketFactory ? base.socketFactory()
                        : new NoDelaySocketFactory())
                .dispatcher(dispatcher())
                .connectTimeout(timeouts.connect()).readTimeout(timeouts.read()).writeTimeout(timeouts.write())
                .callTimeout(timeouts.call())
                .followRedirects(false) // an API never redirects; following one could carry the keys elsewhere
                // OkHttp would otherwise resend a request, a POST included, after some failures on its own:
                // every retry must go through Transport and OpportunityCreator, which know when it is safe.
                .retryOnConnectionFailure(false)
                .addInterceptor(new ApiHeaders(username, password, "new-deal/" + appVersion))
                .addNetworkInterceptor(new ApiHeaders.SendMark())
                .build();
        Transport transport = new Transport(http, Objects.requireNonNull(mapper, "mapper"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(retry, "retry"), timeouts.call());
        return new PipelinerClient(entities, transport, new Pages(transport, maxPages), clockSkew);
    }

    /**
     * Reads run on a dispatcher of their own (so that a caller can cancel them, see {@link Transport}): up to
     * {@value #MAX_CONCURRENT_CALLS} at once (OkHttp's default allows 5 per host), on daemon threads that end when
     * idle.
     */
    private static Dispatcher dispatcher() {
        AtomicInteger count = new AtomicInteger();
        // Unbounded like OkHttp's own: a thread just done may not be back in time for the next call the dispatcher
        // starts, and the dispatcher's limit is what bounds them.
        ExecutorService threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "new-deal-pipeliner-call-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        Dispatcher dispatcher = new Dispatcher(threads);
        dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
        return dispatcher;
    }
}
