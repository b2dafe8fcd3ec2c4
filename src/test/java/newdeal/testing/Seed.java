package newdeal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The sandbox's seed, {@code sandbox/seed.json} read from the classpath: the one source of the seeded ids tests use.
 * Rows are found by what a person knows them by (a name, an email, a currency code); each lookup expects exactly one
 * row and names what it looked for when there is none or more.
 */
public final class Seed {
    static final String RESOURCE = "/sandbox/seed.json";
    private final JsonNode rows;

    private Seed(JsonNode rows) {
        this.rows = rows;
    }

    public static Seed load(ObjectMapper json) {
        try (InputStream in = Seed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the test classpath");
            }
            return new Seed(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A Pipeliner user (Clients) by email, ignoring case as Pipeliner does; deleted users included. */
    public String client(String email) {
        return only("Clients", "email " + email, row -> row.path("email").asText().equalsIgnoreCase(email));
    }

    public String account(String name) {
        return only("Accounts", "name " + name, row -> row.path("name").asText().equals(name));
    }

    /** A contact by first and last name, e.g. "Zoe Andersson". */
    public String contact(String fullName) {
        return only("Contacts", "name " + fullName,
                row -> (row.path("first_name").asText() + " " + row.path("last_name").asText()).equals(fullName));
    }

    public String pipeline(String name) {
        return only("Pipelines", "name " + name, row -> row.path("name").asText().equals(name));
    }

    /** A step of the named pipeline. */
    public String step(String pipeline, String step) {
        String pipelineId = pipeline(pipeline);
        return only("Steps", step + " in " + pipeline, row -> row.path("pipeline_id").asText().equals(pipelineId)
                && row.path("name").asText().equals(step));
    }

    /** A step of the lead process, which belongs to no pipeline. */
    public String leadStep(String step) {
        return only("Steps", "lead step " + step,
                row -> row.path("pipeline_id").isNull() && row.path("name").asText().equals(step));
    }

    public String opportunityType(String name) {
        return only("OpportunityTypes", "name " + name, row -> row.path("name").asText().equals(name));
    }

    public String currency(String code) {
        return only("Currencies", "code " + code, row -> row.path("code").asText().equals(code));
    }

    private String only(String entity, String wanted, Predicate<JsonNode> matches) {
        List<String> ids = new ArrayList<>();
        rows.path(entity).forEach(row -> {
            if (matches.test(row)) {
                ids.add(row.path("id").asText());
            }
        });
        if (ids.size() != 1) {
            throw new IllegalArgumentException("expected one " + entity + " row with " + wanted + " in " + RESOURCE
                    + ", found " + ids.size());
        }
        return ids.get(0);
    }
}
