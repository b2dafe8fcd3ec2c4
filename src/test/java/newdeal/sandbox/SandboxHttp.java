package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import newdeal.testing.SandboxApi;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** The sandbox tests' view of {@link SandboxApi}: Basic auth, JSON, and whatever checking interceptor the test adds. */
final class SandboxHttp {
    static final ObjectMapper JSON = new ObjectMapper();
    private final SandboxApi api;

    SandboxHttp(Sandbox sandbox, Interceptor... interceptors) {
        this(sandbox, Duration.ofSeconds(10), interceptors);
    }

    SandboxHttp(Sandbox sandbox, Duration timeout, Interceptor... interceptors) {
        OkHttpClient.Builder builder = SandboxApi.client(timeout);
        for (Interceptor interceptor : interceptors) {
            builder.addInterceptor(interceptor);
        }
        this.api = new SandboxApi(sandbox, builder.build(), JSON);
    }

    /** One answer: a view of {@link SandboxApi.Reply} under the name the sandbox tests use. */
    record Reply(SandboxApi.Reply answer) {
        int status() {
            return answer.status();
        }

        Headers headers() {
            return answer.headers();
        }

        JsonNode body() {
            return answer.body();
        }

        JsonNode data() {
            return answer.data();
        }

        List<JsonNode> rows() {
            return answer.rows();
        }

        List<String> ids() {
            return answer.ids();
        }
    }

    SandboxApi api() {
        return api;
    }

    /** GET {@code entities/<path>} with query parameters given as name, value pairs (encoded by HttpUrl). */
    Reply get(String path, String... query) {
        return new Reply(api.get(path, query));
    }

    Reply post(String path, String body) {
        return new Reply(api.post(path, body));
    }

    Reply post(String path, JsonNode body) {
        return post(path, body.toString());
    }

    HttpUrl url(String path, String... query) {
        return api.url(path, query);
    }

    Request.Builder request(HttpUrl url) {
        return api.request(url);
    }

    Reply send(Request request) {
        return new Reply(api.send(request));
    }

    /** Every row of a listing, following end_cursor page by page with {@code first=100}. */
    List<JsonNode> all(String path, String... query) {
        return api.all(path, query);
    }
}
