package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import newdeal.testing.SandboxApi;

/** The sandbox's page per opportunity (the playground's reply links to it) and faults refusing a field. */
class OpportunityPageTest {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final SandboxApi http = SANDBOX.http();
    private final Seeded seeded = new Seeded(http);

    @Test
    void shows_what_was_stored_with_the_primary_contact_marked_and_every_value_escaped() throws Exception {
        ObjectNode body = seeded.renewal("<b>Globex</b> & \"renewal\"");
        String id = http.post("Opportunities", body).data().path("id").asText();

        HttpResponse<String> page = get(id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>&lt;b&gt;Globex&lt;/b&gt; &amp; &quot;renewal&quot;</h1>",
                "Globex Corporation", "Anna Keller", "Renewals", body.path("closing_date").asText())
                .doesNotContain("<b>Globex</b>");
        assertThat(page.body()).containsPattern("<ul class=\"contacts\"><li class=\"primary\">[^<]+ <strong>\\(primary\\)");
    }

    @Test
    void answers_404_for_an_opportunity_it_does_not_have() throws Exception {
        assertThat(get("00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void a_fault_can_refuse_one_field_as_pipeliners_validation_does() {
        SANDBOX.sandbox().faults().add(Fault.on("POST", "/entities/Opportunities$")
                .withFieldError("closing_date", "Too late.").times(1));

        SandboxApi.Reply refused = http.post("Opportunities", seeded.renewal("Refused"));
        SandboxApi.Reply accepted = http.post("Opportunities", seeded.renewal("Accepted"));

        assertThat(refused.status()).isEqualTo(422);
        JsonNode error = refused.body();
        assertThat(error.path("name").asText()).isEqualTo("ERROR_ENTITY_VALIDATION");
        assertThat(error.path("field_errors").toString()).contains("closing_date", "Too late.");
        assertThat(accepted.status()).isEqualTo(201);
    }

    private HttpResponse<String> get(String id) throws Exception {
        String url = SANDBOX.sandbox().baseUrl() + Sandbox.OPPORTUNITY_PAGE.replace("{space}", Sandbox.SPACE_ID)
                .replace("{id}", id);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
