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
import newdeal.testing.SandboxApi;
import newdeal.testing.SandboxClients;
import okhttp3.OkHttpClient;

/**
 * The embedded sandbox with the real client pointed at it (quick retries, short timeouts), and a plain HTTP reader
 * for checking what Pipeliner stored, independent of the client under test.
 */
final class SandboxPipeliner implements AutoCloseable {
    static final String ANNA = "c0f36ee4-807c-50c4-8200-7a943d1c13cb";
    static final String TOM = "7dd63e1f-fd25-5818-9b6d-59670c72ccf0";
    static final String GLOBEX = "da92b44f-9a5d-5197-9310-68e2c5dcf3eb";
    static final String CYBERDYNE = "4b1dcb9a-ec84-5bd4-9e21-049206f67077";
    static final String ZOE_ANDERSSON = "8efe9f12-9012-5a33-9fd0-4a4c3c8c6cb3";
    static final String LENA_PAPADOPOULOS = "d60be05e-9bd4-5a88-9d7f-e93157d572c6";
    static final String QUALIFICATION = "84207057-2ae8-5c21-977d-20dc0441536c";
    static final String QUOTE_SENT = "dab147ce-4f7c-5f05-8593-b31290c45435";
    static final String PARTNER_JOINT_PITCH = "0e969c61-e31c-5b3d-9d40-d0ed8fda58e4";
    static final String NEW_BUSINESS_TYPE = "17ab7412-af7b-5a07-b41d-bcd3b8590ba8";
    static final String RENEWAL_TYPE = "505b8126-2fa3-5b26-93e4-7d6d5ca31131";
    static final String EUR = "77d9e30f-eaef-509f-9441-82987dbf01fd";
    static final String USD = "12bf05b6-2b29-5a9c-b1ce-beb114d789af";

    static final String SPACE_ID = Sandbox.SPACE_ID;

    private static final ObjectMapper MAPPER = new ObjectMapper();
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
