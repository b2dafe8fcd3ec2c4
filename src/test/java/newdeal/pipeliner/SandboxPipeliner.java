package newdeal.pipeliner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import newdeal.sandbox.Sandbox;
import newdeal.testing.OpenApiConformance;
import newdeal.testing.SandboxApi;
import newdeal.testing.SandboxClients;
import okhttp3.OkHttpClient;

/**
 * The embedded sandbox with a {@link PipelinerClient} pointed at it. Every exchange, the client's and the raw ones,
 * goes through {@link OpenApiConformance}'s interceptor; {@link #sent()} counts what left the client.
 */
final class SandboxPipeliner implements AutoCloseable {
    static final ObjectMapper MAPPER = new ObjectMapper();

    final Sandbox sandbox = Sandbox.start(0);
    final OpenApiConformance conformance = OpenApiConformance.forSpace(Sandbox.SPACE_ID);
    private final AtomicInteger sent = new AtomicInteger();
    private final OkHttpClient base = new OkHttpClient.Builder()
            .addInterceptor(chain -> {
                sent.incrementAndGet();
                return chain.proceed(chain.request());
            })
            .addInterceptor(conformance.interceptor())
            .build();
    private final SandboxApi raw = new SandboxApi(sandbox, base, MAPPER);

    PipelinerClient client() {
        return client(Duration.ofSeconds(2));
    }

    PipelinerClient client(Duration readTimeout) {
        return SandboxClients.pointedAt(sandbox, MAPPER, base)
                .timeouts(PipelinerClientBuilder.Timeouts.defaults().withConnect(Duration.ofSeconds(1)).withRead(readTimeout)
                        .withWrite(Duration.ofSeconds(1)).withCall(Duration.ofSeconds(5)))
                .retry(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(1)))
                .build();
    }

    int sent() {
        return sent.get();
    }

    static Instant soon() {
        return Instant.now().plusSeconds(10);
    }

    /** A raw GET of {@code entities/<path>}; query as name, value pairs. */
    Raw get(String path, String... query) {
        return Raw.of(raw.get(path, query));
    }

    /** A raw POST of {@code json} to {@code entities/<path>}, bypassing the client's own checks. */
    Raw post(String path, String json) {
        return Raw.of(raw.post(path, json));
    }

    record Raw(int status, byte[] bytes, JsonNode json) {
        private static Raw of(SandboxApi.Reply reply) {
            return new Raw(reply.status(), reply.bytes(), reply.body());
        }
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
