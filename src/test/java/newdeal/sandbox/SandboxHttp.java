package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain HTTP client for the sandbox tests: Basic auth, JSON, and whatever checking interceptor the test adds. */
final class SandboxHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");
    private final Sandbox sandbox;
    private final OkHttpClient client;

    SandboxHttp(Sandbox sandbox, Interceptor... interceptors) {
        this(sandbox, Duration.ofSeconds(10), interceptors);
    }

    SandboxHttp(Sandbox sandbox, Duration timeout, Interceptor... interceptors) {
        this.sandbox = sandbox;
        OkHttpClient.Builder builder = new OkHttpClient.Builder().callTimeout(timeout).readTimeout(timeout)
                .retryOnConnectionFailure(false);
        for (Interceptor interceptor : interceptors) {
            builder.addInterceptor(interceptor);
        }
        this.client = builder.build();
    }

    record Reply(int status, Headers headers, JsonNode body) {
        JsonNode data() {
            return body.path("data");
        }

        List<JsonNode> rows() {
            List<JsonNode> rows = new ArrayList<>();
            data().forEach(rows::add);
            return rows;
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            data().forEach(row -> ids.add(row.path("id").asText()));
            return ids;
        }
    }

    /** GET {@code entities/<path>} with query parameters given as name, value pairs (encoded by HttpUrl). */
    Reply get(String path, String... query) {
        return send(request(url(path, query)).get().build());
    }

    Reply post(String path, String body) {
        return send(request(url(path)).post(RequestBody.create(body, APPLICATION_JSON)).build());
    }

    Reply post(String path, JsonNode body) {
        return post(path, body.toString());
    }

    HttpUrl url(String path, String... query) {
        HttpUrl.Builder url = HttpUrl.get(sandbox.spaceUrl() + "/entities/" + path).newBuilder();
        for (int i = 0; i + 1 < query.length; i += 2) {
            url.addQueryParameter(query[i], query[i + 1]);
        }
        return url.build();
    }

    Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", "application/json")
                .header("Authorization", Credentials.basic(sandbox.username(), sandbox.password()));
    }

    Reply send(Request request) {
        try (Response response = client.newCall(request).execute()) {
            String body = response.body().string();
            return new Reply(response.code(), response.headers(), body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.url() + " failed", e);
        }
    }

    /** Every row of a listing, following end_cursor page by page with {@code first=100}. */
    List<JsonNode> all(String path, String... query) {
        List<JsonNode> rows = new ArrayList<>();
        String after = null;
        do {
            List<String> params = new ArrayList<>(List.of(query));
            params.addAll(List.of("first", "100"));
            if (after != null) {
                params.addAll(List.of("after", after));
            }
            Reply page = get(path, params.toArray(String[]::new));
            page.data().forEach(rows::add);
            after = page.body().path("page_info").path("end_cursor").textValue();
        } while (after != null);
        return rows;
    }
}
