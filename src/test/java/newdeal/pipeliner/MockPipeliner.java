package newdeal.pipeliner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newdeal.testing.OpenApiConformance;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer standing in for Pipeliner, and clients pointed at it with tiny backoffs and timeouts. */
final class MockPipeliner implements AutoCloseable {
    static final String SPACE = "fr_Test";
    static final String USERNAME = "api-user-Qx7Lm2";
    static final String PASSWORD = "s3cr3t-Pw-Zt91kV";
    static final String PREFIX = "/api/v100/rest/spaces/" + SPACE + "/entities/";
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final OkHttpClient BASE = new OkHttpClient();

    final MockWebServer server = new MockWebServer();
    /** Null unless {@link #checkingRequests()}. */
    final OpenApiConformance conformance;
    private final OkHttpClient base;
    private final Duration callTimeout;

    MockPipeliner() {
        this(null);
    }

    /**
     * Every exchange goes through {@link OpenApiConformance}'s interceptor (assert on the requests only: fixtures
     * hold just the fields the client reads). Validation runs inside the call, hence a roomier call timeout.
     */
    static MockPipeliner checkingRequests() {
        return new MockPipeliner(OpenApiConformance.forSpace(SPACE));
    }

    private MockPipeliner(OpenApiConformance conformance) {
        this.conformance = conformance;
        this.base = conformance == null ? BASE : BASE.newBuilder().addInterceptor(conformance.interceptor()).build();
        this.callTimeout = conformance == null ? Duration.ofSeconds(2) : Duration.ofSeconds(20);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Three tries, 1–5 ms backoffs, Retry-After honoured up to 2 s, 400 ms read timeout. */
    PipelinerClient client() {
        return client(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2)));
    }

    PipelinerClient client(RetryPolicy retry) {
        return builder().retry(retry).build();
    }

    PipelinerClientBuilder builder() {
        return PipelinerClient.builder()
                .serviceUrl("http://127.0.0.1:" + server.getPort())
                .spaceId(SPACE)
                .appVersion("1.2.3")
                .credentials(USERNAME, PASSWORD)
                .mapper(MAPPER)
                .baseClient(base)
                .clock(Clock.systemUTC())
                .timeouts(PipelinerClientBuilder.Timeouts.defaults().withConnect(Duration.ofMillis(300))
                        .withRead(Duration.ofMillis(400)).withWrite(Duration.ofMillis(400)).withCall(callTimeout))
                .retry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(2)));
    }

    /** Answers the next request with {@code status} and the fixture file's content as JSON. */
    MockPipeliner reply(int status, String fixture) {
        server.enqueue(json(status, fixture));
        return this;
    }

    /**
     * Answers every look-up of opportunities (a GET of Opportunities with a query) with {@code answers} in turn, the
     * last one repeating; other requests still get the queued replies. Call before queueing any.
     */
    MockPipeliner answerLooks(MockResponse... answers) {
        server.setDispatcher(new LookDispatcher(List.of(answers)));
        return this;
    }

    static MockResponse json(int status, String fixture) {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json").setBody(fixture(fixture));
    }

    /** Every request received so far that was not yet taken, in order. */
    List<RecordedRequest> received() {
        List<RecordedRequest> requests = new ArrayList<>();
        try {
            for (RecordedRequest r; (r = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null; ) {
                requests.add(r);
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return requests;
    }

    MockPipeliner reply(MockResponse response) {
        server.enqueue(response);
        return this;
    }

    RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(2, TimeUnit.SECONDS);
            assertThat(request).as("a request reached the mock Pipeliner").isNotNull();
            return request;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant soon() {
        return Instant.now().plusSeconds(30);
    }

    static String fixture(String name) {
        try (InputStream in = MockPipeliner.class.getResourceAsStream("/pipeliner/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    private static final class LookDispatcher extends QueueDispatcher {
        private final Deque<MockResponse> looks;

        LookDispatcher(List<MockResponse> looks) {
            this.looks = new ArrayDeque<>(looks);
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if ("GET".equals(request.getMethod()) && request.getPath().startsWith(PREFIX + "Opportunities?")) {
                synchronized (looks) {
                    return looks.size() > 1 ? looks.poll() : looks.peek();
                }
            }
            return super.dispatch(request);
        }
    }
}
