package newdeal.pipeliner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/** HTTP Basic with the API keys, our User-Agent and {@code Accept: application/json} on every request. */
final class ApiHeaders implements Interceptor {
    private final String authorization;
    private final String userAgent;

    ApiHeaders(String username, String password, String userAgent) {
        this.authorization = Credentials.basic(username, password, StandardCharsets.UTF_8);
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", authorization)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .build());
    }

    @Override
    public String toString() {
        return "ApiHeaders[" + userAgent + ", Authorization hidden]";
    }

    /**
     * Marks a request as sent once OkHttp hands it to a connected socket. Network interceptors run only after the
     * connection is up, so a failure before the mark (refused, unknown host, connect timeout) cannot have reached
     * Pipeliner, and any failure after it may have.
     */
    static final class SendMark implements Interceptor {
        @Override
        public Response intercept(Chain chain) throws IOException {
            AtomicBoolean sent = chain.request().tag(AtomicBoolean.class);
            if (sent != null) {
                sent.set(true);
            }
            return chain.proceed(chain.request());
        }
    }
}
