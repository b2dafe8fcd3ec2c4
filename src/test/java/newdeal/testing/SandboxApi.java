package newdeal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newdeal.pipeliner.PipelinerClient;
import newdeal.pipeliner.PipelinerClientBuilder;
import newdeal.sandbox.Faults;
import newdeal.sandbox.Sandbox;
import okhttp3.Credentials;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The tests' one way to the embedded Pipeliner: a {@link Sandbox} on a free port ({@link #start}) or a running one
 * ({@link #over}), read and written over real HTTP with its credentials, independent of the client under test — raw
 * GET/POST of {@code entities/...}, every row of a listing page by page, what tests check afterwards (opportunities by
 * name, one opportunity, its relations) — its faults, and the real Pipeliner client pointed at it ({@link #client}).
 * The checks a test wants (conformance, counting) ride on the interceptors it passes in, for both.
 */
public final class SandboxApi implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");
    private static final String PAGE_SIZE = "100";
    private final Sandbox sandbox;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final boolean ownsSandbox;
    private final boolean ownsHttp;

    /** Over {@code http}, which stays the caller's to close. */
    public SandboxApi(Sandbox sandbox, OkHttpClient http, ObjectMapper json) {
        this(sandbox, http, json, false, false);
    }

    private SandboxApi(Sandbox sandbox, OkHttpClient http, ObjectMapper json, boolean ownsSandbox,
                       boolean ownsHttp) {
        this.sandbox = sandbox;
        this.http = http;
        this.json = json;
        this.ownsSandbox = ownsSandbox;
        this.ownsHttp = ownsHttp;
    }

    /** A sandbox of its own on a free port, reached through {@code checks}; {@link #close()} stops it. */
    public static SandboxApi start(Interceptor... checks) {
        return new SandboxApi(Sandbox.start(0), client(Duration.ofSeconds(10), checks), JSON, true, true);
    }

    /** A running sandbox, reached through {@code checks}, with test-sized timeouts and no silent retries. */
    public static SandboxApi over(Sandbox sandbox, Interceptor... checks) {
        return over(sandbox, Duration.ofSeconds(10), checks);
    }

    /** The same with every timeout {@code timeout}, for a client that must give up on a hanging request. */
    public static SandboxApi over(Sandbox sandbox, Duration timeout, Interceptor... checks) {
        return new SandboxApi(sandbox, client(timeout, checks), JSON, false, true);
    }

    /** Over a client of its own with test-sized timeouts and no silent retries. */
    public static SandboxApi plain(Sandbox sandbox, ObjectMapper json) {
        return new SandboxApi(sandbox, client(Duration.ofSeconds(10)).build(), json, false, true);
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public Faults faults() {
        return sandbox.faults();
    }

    /**
     * The real Pipeliner client pointed at this sandbox over the same HTTP client (so the same checks see its
     * traffic); timeouts, retries and clock are the test's to add.
     */
    public PipelinerClientBuilder client() {
        return client(http);
    }

    /** The same, over {@code base} (for checks of the client's traffic only). */
    public PipelinerClientBuilder client(OkHttpClient base) {
        return PipelinerClient.builder().serviceUrl(sandbox.baseUrl()).spaceId(sandbox.spaceId())
                .credentials(sandbox.username(), sandbox.password()).mapper(json).baseClient(base);
    }

    /** The HTTP client this reads and writes through. */
    public OkHttpClient http() {
        return http;
    }

    /** An OkHttp client builder for raw sandbox traffic: every timeout {@code timeout}, no retry on failure. */
    public static OkHttpClient.Builder client(Duration timeout) {
        return new OkHttpClient.Builder().callTimeout(timeout).readTimeout(timeout).retryOnConnectionFailure(false);
    }

    private static OkHttpClient client(Duration timeout, Interceptor... checks) {
        OkHttpClient.Builder builder = client(timeout);
        for (Interceptor check : checks) {
            builder.addInterceptor(check);
        }
        return builder.build();
    }

    /** One answer: status, headers, the raw body and the body as JSON (null node when empty). */
    public record Reply(int status, Headers headers, byte[] bytes, JsonNode body) {
        public JsonNode data() {
            return body.path("data");
        }

        public List<JsonNode> rows() {
            List<JsonNode> rows = new ArrayList<>();
            data().forEach(rows::add);
            return rows;
        }

        public List<String> ids() {
            return rows().stream().map(row -> row.path("id").asText()).toList();
        }
    }

    /** GET {@code entities/<path>} with query parameters given as name, value pairs (encoded by HttpUrl). */
    public Reply get(String path, String... query) {
        return send(request(url(path, query)).get().build());
    }

    /** POST of {@code body} as JSON to {@code entities/<path>}, as it is: no checks of ours on the way. */
    public Reply post(String path, String body) {
        return send(request(url(path)).post(RequestBody.create(body, APPLICATION_JSON)).build());
    }

    public Reply post(String path, JsonNode body) {
        return post(path, body.toString());
    }

    public HttpUrl url(String path, String... query) {
        if (query.length % 2 != 0) {
            throw new IllegalArgumentException("query must be name, value pairs, got " + List.of(query));
        }
        HttpUrl.Builder url = HttpUrl.get(sandbox.spaceUrl() + "/entities/" + path).newBuilder();
        for (int i = 0; i < query.length; i += 2) {
            url.addQueryParameter(query[i], query[i + 1]);
        }
        return url.build();
    }

    /** A request to {@code url} that accepts JSON and carries the sandbox's Basic credentials. */
    public Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", "application/json")
                .header("Authorization", Credentials.basic(sandbox.username(), sandbox.password()));
    }

    public Reply send(Request request) {
        try (Response response = http.newCall(request).execute()) {
            byte[] bytes = response.body().bytes();
            JsonNode body = bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
            return new Reply(response.code(), response.headers(), bytes, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.url() + " failed", e);
        }
    }

    /** Every row of a listing, following {@code end_cursor} with {@code after}, {@value #PAGE_SIZE} per page. */
    public List<JsonNode> all(String path, String... query) {
        List<JsonNode> rows = new ArrayList<>();
        String after = null;
        do {
            List<String> params = new ArrayList<>(List.of(query));
            params.addAll(List.of("first", PAGE_SIZE));
            if (after != null) {
                params.addAll(List.of("after", after));
            }
            Reply page = ok(path, get(path, params.toArray(String[]::new)));
            rows.addAll(page.rows());
            after = page.body().path("page_info").path("end_cursor").textValue();
        } while (after != null);
        return rows;
    }

    /** The stored opportunity's {@code data}. */
    public JsonNode opportunity(String id) {
        String path = "Opportunities/" + id;
        return ok(path, get(path)).data();
    }

    /** Every opportunity with exactly this name. */
    public List<JsonNode> opportunitiesNamed(String name) {
        return all("Opportunities", "filter[name]", name);
    }

    /** The stored relations of one opportunity, {@code entity} e.g. "LeadOpptyAccountRelations". */
    public List<JsonNode> relationsOf(String opportunityId, String entity) {
        return all(entity, "filter[lead_oppty_id]", opportunityId);
    }

    /** How many opportunities the sandbox holds, counted row by row across every page. */
    public int opportunityCount() {
        return all("Opportunities").size();
    }

    private static Reply ok(String path, Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("sandbox answered " + reply.status() + " to GET " + path + ": "
                    + reply.body());
        }
        return reply;
    }

    /** Stops the sandbox if this started it, and the HTTP client if this built it. */
    @Override
    public void close() {
        if (ownsSandbox) {
            sandbox.stop();
        }
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
