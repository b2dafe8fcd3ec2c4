package newdeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import newdeal.sandbox.Sandbox;

/** Reads back from the sandbox, over its REST API, what the app made Pipeliner store. */
final class SandboxReader {
    private final Sandbox sandbox;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    SandboxReader(Sandbox sandbox, ObjectMapper json) {
        this.sandbox = sandbox;
        this.json = json;
    }

    List<JsonNode> opportunitiesNamed(String name) {
        return list("Opportunities?" + encode("filter[name]") + "=" + encode(name));
    }

    List<JsonNode> accountRelations(String opportunityId) {
        return list("LeadOpptyAccountRelations?" + encode("filter[lead_oppty_id]") + "=" + encode(opportunityId));
    }

    List<JsonNode> contactRelations(String opportunityId) {
        return list("LeadOpptyContactRelations?" + encode("filter[lead_oppty_id]") + "=" + encode(opportunityId));
    }

    int opportunityCount() {
        return list("Opportunities?first=100").size();
    }

    private List<JsonNode> list(String pathAndQuery) {
        String credentials = Base64.getEncoder().encodeToString(
                (sandbox.username() + ":" + sandbox.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.spaceUrl() + "/entities/" + pathAndQuery))
                .header("Authorization", "Basic " + credentials).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new AssertionError("sandbox answered " + response.statusCode() + ": " + body);
            }
            List<JsonNode> rows = new ArrayList<>();
            body.path("data").forEach(rows::add);
            return rows;
        } catch (java.io.IOException e) {
            throw new AssertionError("sandbox unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
