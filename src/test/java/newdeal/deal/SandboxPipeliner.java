package newdeal.deal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import newdeal.pipeliner.PipelinerClient;
import newdeal.pipeliner.RetryPolicy;
import newdeal.sandbox.Fault;
import newdeal.sandbox.Faults;
import newdeal.sandbox.Sandbox;
import newdeal.sandbox.SandboxAccounts;
import newdeal.testing.SandboxApi;
import newdeal.testing.SandboxClients;
import newdeal.testing.Seed;
import okhttp3.OkHttpClient;

/**
 * The embedded sandbox with the real client pointed at it (quick retries, short timeouts), and a plain HTTP reader
 * for checking what Pipeliner stored, independent of the client under test.
 */
final class SandboxPipeliner implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Ids come from the seed by name, so seed.json stays their only source (declared first: used just below).
    private static final Seed SEED = Seed.load(MAPPER);
    static final String ANNA = SEED.client("anna.keller@northwind-sales.example");
    static final String TOM = SEED.client("tom.berger@northwind-sales.example");
    static final String GLOBEX = SEED.account("Globex Corporation");
    static final String CYBERDYNE = SEED.account("Cyberdyne Systems");
    static final String ZOE_ANDERSSON = SEED.contact("Zoe Andersson");
    static final String LENA_PAPADOPOULOS = SEED.contact("Lena Papadopoulos");
    static final String QUALIFICATION = SEED.step("New Business", "Qualification");
    static final String QUOTE_SENT = SEED.step("Renewals", "Quote Sent");
    static final String PARTNER_JOINT_PITCH = SEED.step("Partner Deals", "Joint Pitch");
    static final String NEW_BUSINESS_TYPE = SEED.opportunityType("New Business Deal");
    static final String RENEWAL_TYPE = SEED.opportunityType("Renewal");
    static final String EUR = SEED.currency("EUR");
    static final String USD = SEED.currency("USD");

    static final String SPACE_ID = Sandbox.SPACE_ID;

    private final OkHttpClient http = new OkHttpClient();
    private final Sandbox sandbox = Sandbox.start(0);
    private final SandboxApi reader = new SandboxApi(sandbox, http, MAPPER);

    /** The client as the app builds it, with retries and timeouts cut to test size. */
    PipelinerClient client(Clock clock) {
        return client(clock, http);
    }

    /** The same, with the creates it sends kept by {@code recorder}. */
    PipelinerClient client(Clock clock, CreateRecorder recorder) {
        return client(clock, http.newBuilder().addInterceptor(recorder).build());
    }

    private PipelinerClient client(Clock clock, OkHttpClient base) {
        return SandboxClients.pointedAt(sandbox, MAPPER, base)
                .clock(clock)
                .timeouts(Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2))
                .retry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(50)))
                .build();
    }

    /** Adds, renames and deletes accounts as someone working in Pipeliner would. */
    SandboxAccounts accounts() {
        return sandbox.accounts();
    }

    Faults.Active inject(Fault fault) {
        return sandbox.faults().add(fault);
    }

    void clearFaults() {
        sandbox.faults().clear();
    }

    /** The stored opportunity's {@code data}, read over plain HTTP. */
    JsonNode opportunity(String id) {
        return reader.opportunity(id);
    }

    /** Every opportunity with exactly this name. */
    List<JsonNode> opportunitiesNamed(String name) {
        return reader.opportunitiesNamed(name);
    }

    /** The stored relations of one opportunity to accounts or contacts ("LeadOpptyAccountRelations", ...). */
    List<JsonNode> relationsOf(String opportunityId, String entity) {
        return reader.relationsOf(opportunityId, entity);
    }

    @Override
    public void close() {
        sandbox.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
