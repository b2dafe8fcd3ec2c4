package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import newdeal.testing.OpenApiConformance;
import okhttp3.Credentials;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import newdeal.testing.SandboxApi;

class SandboxAuthTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi http = SANDBOX.http();
    private final Sandbox sandbox = SANDBOX.sandbox();

    @Test
    void serves_the_space_with_the_documented_credentials() {
        SandboxApi.Reply reply = http.get("Clients");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("success").asBoolean()).isTrue();
    }

    @Test
    void answers_401_with_a_basic_challenge_when_credentials_are_missing() {
        SandboxApi.Reply reply = http.send(new Request.Builder().url(http.url("Clients")).build());

        assertUnauthorized(reply);
    }

    @Test
    void answers_401_when_the_password_is_wrong() {
        SandboxApi.Reply reply = http.send(http.request(http.url("Clients"))
                .header("Authorization", Credentials.basic(sandbox.username(), "wrong")).build());

        assertUnauthorized(reply);
    }

    @Test
    void answers_401_for_a_space_the_credentials_do_not_belong_to() {
        OpenApiConformance otherSpace = OpenApiConformance.forSpace("other_Space");
        SandboxApi.Reply reply = SandboxApi.over(sandbox, otherSpace.interceptor()).send(http.request(
                okhttp3.HttpUrl.get(sandbox.baseUrl() + "/api/v100/rest/spaces/other_Space/entities/Clients")).build());

        assertThat(reply.status()).isEqualTo(401);
        otherSpace.assertNoViolations();
    }

    private static void assertUnauthorized(SandboxApi.Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.headers().get("WWW-Authenticate")).isEqualTo("Basic realm=\"restapi\"");
        assertThat(reply.body().path("success").asBoolean(true)).isFalse();
        assertThat(reply.body().path("http_status").asInt()).isEqualTo(401);
    }
}
