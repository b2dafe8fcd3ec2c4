package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import newdeal.testing.SandboxApi;

/** The error bodies Pipeliner sends, each in its own shape (API.md, "Errors"). */
class SandboxErrorsTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi invalid = SANDBOX.badRequests();
    // Paths outside the spec cannot be checked against it: these exchanges go unvalidated.
    private final SandboxApi offSpec = SandboxApi.over(SANDBOX.sandbox());
    private final Seeded seeded = new Seeded(SANDBOX.http());

    @ParameterizedTest(name = "body: {0}")
    @ValueSource(strings = {"{\"name\": \"Globex", "", "[1, 2]", "{\"name\": \"a\"} trailing", "{\"a\": 1, \"a\": 2}"})
    void answers_400_code_117_to_a_body_that_is_no_json_object(String body) {
        int before = seeded.opportunityCount();

        SandboxApi.Reply reply = invalid.post("Opportunities", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("success").asBoolean(true)).isFalse();
        assertThat(reply.body().path("http_status").asInt()).isEqualTo(400);
        assertThat(reply.body().path("code").asInt()).isEqualTo(117);
        assertThat(reply.body().path("name").asText()).isEqualTo("ERROR_PARAMETER_INVALID");
        assertThat(reply.body().path("message").asText()).isEqualTo("Missing or invalid JSON data.");
        assertThat(seeded.opportunityCount()).isEqualTo(before);
    }

    @Test
    void answers_404_code_2006_for_an_entity_type_it_does_not_know() {
        for (SandboxApi.Reply reply : new SandboxApi.Reply[] {offSpec.get("Deals"),
                offSpec.get("Deals/01234567-abcd-dcba-ffff-000000000000"), offSpec.post("Deals", "{}")}) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.body().path("code").asInt()).isEqualTo(2006);
            assertThat(reply.body().path("name").asText()).isEqualTo("ERROR_UNKNOWN_TYPE");
            assertThat(reply.body().path("message").asText()).contains("Deals");
        }
    }

    @Test
    void answers_a_framework_shaped_404_for_a_path_the_api_does_not_have() {
        HttpUrl url = HttpUrl.get(SANDBOX.sandbox().baseUrl() + "/api/v100/rest/spaces/nd_Sandbox/entity/Accounts");

        SandboxApi.Reply reply = offSpec.send(offSpec.request(url).build());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.headers().get("Content-Type")).startsWith("application/json");
        assertThat(reply.body().path("status").asInt()).isEqualTo(404);
        assertThat(reply.body().path("message").isTextual()).isTrue();
        assertThat(reply.body().has("errorcode")).isTrue();
        assertThat(reply.body().has("traceback")).isTrue();
        assertThat(reply.body().has("success")).isFalse();
    }

    @Test
    void says_in_pipeliner_s_shape_what_the_sandbox_does_not_support() {
        SandboxApi.Reply createContact = invalid.post("Contacts", "{\"first_name\": \"New contact\"}");
        SandboxApi.Reply patch = invalid.send(invalid.request(invalid.url("Accounts/"
                + seeded.account("Initech"))).patch(RequestBody.create("{}", MediaType.get("application/json"))).build());

        assertThat(createContact.status()).isEqualTo(405);
        assertThat(createContact.body().path("message").asText()).contains("Creating Contacts")
                .contains("not supported by the sandbox");
        assertThat(patch.status()).isEqualTo(405);
        assertThat(patch.body().path("http_status").asInt()).isEqualTo(405);
    }
}
