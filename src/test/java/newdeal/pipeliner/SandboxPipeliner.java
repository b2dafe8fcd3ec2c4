package newdeal.pipeliner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import newdeal.sandbox.Sandbox;
import newdeal.testing.OpenApiConformance;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

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

    PipelinerClient client() {
        return client(Duration.ofSeconds(2));
    }

    PipelinerClient client(Duration readTimeout) {
        return PipelinerClient.builder()
                .serviceUrl(sandbox.baseUrl()).spaceId(sandbox.spaceId())
                .credentials(sandbox.username(), sandbox.password())
                .mapper(MAPPER).baseClient(base)
                .timeouts(Duration.ofSeconds(1), readTimeout, Duration.ofSeconds(1), Duration.ofSeconds(5))
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
        HttpUrl.Builder url = HttpUrl.get(sandbox.spaceUrl() + "/entities/" + path).newBuilder();
        for (int i = 0; i < query.length; i += 2) {
            url.addQueryParameter(query[i], query[i + 1]);
        }
        return send(new Request.Builder().url(url.build()).get());
    }

    /** A raw POST of {@code json} to {@code entities/<path>}, bypassing the client's own checks. */
    Raw post(String path, String json) {
        return send(new Request.Builder().url(sandbox.spaceUrl() + "/entities/" + path)
                .post(RequestBody.create(json, MediaType.get("application/json"))));
    }

    private Raw send(Request.Builder request) {
        request.header("Authorization", Credentials.basic(sandbox.username(), sandbox.password()))
                .header("Accept", "application/json");
        try (Response response = base.newCall(request.build()).execute()) {
            byte[] body = response.body().bytes();
            return new Raw(response.code(), body, MAPPER.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Raw(int status, byte[] bytes, JsonNode json) {
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
