package newdeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import newdeal.sandbox.Sandbox;
import newdeal.testing.SandboxApi;

/** Reads back from the sandbox, over its REST API, what the app made Pipeliner store. */
final class SandboxReader {
    private final SandboxApi api;

    SandboxReader(Sandbox sandbox, ObjectMapper json) {
        this.api = SandboxApi.plain(sandbox, json);
    }

    List<JsonNode> opportunitiesNamed(String name) {
        return api.opportunitiesNamed(name);
    }

    List<JsonNode> accountRelations(String opportunityId) {
        return api.relationsOf(opportunityId, "LeadOpptyAccountRelations");
    }

    List<JsonNode> contactRelations(String opportunityId) {
        return api.relationsOf(opportunityId, "LeadOpptyContactRelations");
    }

    /** Every opportunity, however many pages they take. */
    int opportunityCount() {
        return api.opportunityCount();
    }
}
