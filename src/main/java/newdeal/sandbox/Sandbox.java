package newdeal.sandbox;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import java.time.Clock;

/**
 * An embedded imitation of Pipeliner's REST API (v100), written from the official OpenAPI description: the entities
 * new-deal reads, creating opportunities and accounts with Pipeliner's validation, seeded with a fictional sales
 * team, and settable {@link Faults}. Its credentials are fixed, documented sandbox values, not secrets.
 * <pre>{@code try (Sandbox sandbox = Sandbox.start(0)) { ... sandbox.baseUrl() ... }}</pre>
 */
public final class Sandbox implements AutoCloseable {
    public static final String SPACE_ID = "nd_Sandbox";
    public static final String USERNAME = "sandbox-api-user";
    public static final String PASSWORD = "sandbox-api-password";
    /**
     * The page per stored opportunity under the service URL, with {@code {space}} and {@code {id}} as
     * {@code PIPELINER_OPPORTUNITY_URL} takes them: what the sandbox stored, for a person to read.
     */
    public static final String OPPORTUNITY_PAGE = "/space/{space}/opportunities/{id}/detail";

    private final Javalin app;
    private final Faults faults;
    private final SandboxAccounts accounts;
    private final String baseUrl;

    private Sandbox(Javalin app, Faults faults, SandboxAccounts accounts) {
        this.app = app;
        this.faults = faults;
        this.accounts = accounts;
        this.baseUrl = "http://127.0.0.1:" + app.port();
    }

    /** Starts serving on 127.0.0.1; port 0 picks a free one. */
    public static Sandbox start(int port) {
        ObjectMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        Shapes shapes = Shapes.load(json);
        Store store = SeedLoader.load(json, shapes);
        Faults faults = new Faults();
        EntityHandlers handlers = new EntityHandlers(store, shapes,
                new OpportunityFactory(store, shapes, Clock.systemUTC()),
                new AccountFactory(store, shapes, Clock.systemUTC()), json);
        Guard guard = new Guard(faults, new BasicAuth(SPACE_ID, USERNAME, PASSWORD), json);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
        });
        Routes.register(app, handlers, guard, json);
        app.get(OpportunityPage.PATH, new OpportunityPage(store)::show);
        app.start("127.0.0.1", port);
        return new Sandbox(app, faults, new SandboxAccounts(store, shapes, Clock.systemUTC()));
    }

    /** The service URL, e.g. {@code http://127.0.0.1:8099}; {@code /api/v100/rest/spaces/{space}/...} follows it. */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@code baseUrl()} + {@code /api/v100/rest/spaces/} + the space id: entity paths follow it. */
    public String spaceUrl() {
        return baseUrl + "/api/v100/rest/spaces/" + SPACE_ID;
    }

    public int port() {
        return app.port();
    }

    public String spaceId() {
        return SPACE_ID;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public Faults faults() {
        return faults;
    }

    /** Adds, renames and deletes accounts while the sandbox runs. */
    public SandboxAccounts accounts() {
        return accounts;
    }

    /** Releases hanging requests and stops the server. */
    public void stop() {
        faults.clear();
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
