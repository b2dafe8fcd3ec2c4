package newdeal.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import newdeal.pipeliner.PipelinerClient;
import newdeal.pipeliner.PipelinerClientBuilder;
import newdeal.sandbox.Sandbox;
import okhttp3.OkHttpClient;

/** Points the real {@link PipelinerClient} at a running sandbox; each test adds the timeouts and retries it needs. */
public final class SandboxClients {
    private SandboxClients() {
    }

    /** Service URL, space, credentials, mapper and base client set; timeouts, retry and clock left to the caller. */
    public static PipelinerClientBuilder pointedAt(Sandbox sandbox, ObjectMapper mapper, OkHttpClient base) {
        return PipelinerClient.builder()
                .serviceUrl(sandbox.baseUrl()).spaceId(sandbox.spaceId())
                .credentials(sandbox.username(), sandbox.password())
                .mapper(mapper).baseClient(base);
    }
}
