package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newdeal.pipeliner.Opportunity;
import newdeal.pipeliner.PipelinerClient;
import newdeal.pipeliner.PipelinerClientBuilder;
import newdeal.pipeliner.RetryPolicy;
import newdeal.testing.SandboxApi;
import newdeal.testing.Seed;
import okhttp3.OkHttpClient;
import newdeal.testing.MutableClock;

/**
 * A DealService wired as the app wires it, against the sandbox over HTTP, with a warm catalog; and the seed's ids the
 * deal tests use, taken from seed.json by name so it stays their only source.
 */
final class DealRig implements AutoCloseable {
    private static final Seed SEED = Seed.load(SandboxApi.JSON);
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
    static final LocalDate CLOSING = LocalDate.of(2026, 6, 30);
    static final Duration CREATE_DEADLINE = Duration.ofSeconds(2);

    final SandboxApi sandbox = SandboxApi.start();
    final MutableClock clock = new MutableClock();
    final CreateRecorder creates = new CreateRecorder();
    final CountingPipeliner pipeliner = new CountingPipeliner(client(sandbox, clock, creates));
    final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final CatalogCache catalog = new CatalogCache(pipeliner, clock, scheduler, Duration.ofMinutes(5),
            Duration.ofSeconds(3));
    final DealService service = new DealService(pipeliner, catalog, clock, executor, CREATE_DEADLINE);

    DealRig() {
        catalog.start();
        catalog.ready().join();
    }

    /** The client as the app builds it, pointed at the sandbox, with retries and timeouts cut to test size. */
    static PipelinerClient client(SandboxApi sandbox, Clock clock) {
        return client(sandbox, clock, sandbox.http());
    }

    /** The same, with the creates it sends kept by {@code recorder}. */
    static PipelinerClient client(SandboxApi sandbox, Clock clock, CreateRecorder recorder) {
        return client(sandbox, clock, sandbox.http().newBuilder().addInterceptor(recorder).build());
    }

    private static PipelinerClient client(SandboxApi sandbox, Clock clock, OkHttpClient base) {
        return sandbox.client(base).clock(clock)
                .timeouts(PipelinerClientBuilder.Timeouts.defaults().withConnect(Duration.ofMillis(300))
                        .withRead(Duration.ofSeconds(1)).withWrite(Duration.ofSeconds(1))
                        .withCall(Duration.ofSeconds(2)))
                .retry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(50)))
                .build();
    }

    /** Cyberdyne, owned by Tom, at the Renewals step "Quote Sent", contacts Lena (twice) and Zoe. */
    static DealDraft draft(String name, String currencyId) {
        return new DealDraft(name, CYBERDYNE,
                List.of(LENA_PAPADOPOULOS, ZOE_ANDERSSON,
                        LENA_PAPADOPOULOS),
                QUOTE_SENT, new BigDecimal("12500.50"), currencyId, CLOSING, TOM,
                "  Two more sites. ");
    }

    static DealDraft withOwner(DealDraft d, String ownerId) {
        return new DealDraft(d.name(), d.accountId(), d.contactIds(), d.stepId(), d.value(), d.currencyId(),
                d.closingDate(), ownerId, d.description());
    }

    /** Another service on this rig's catalog, clock and executor: over {@code pipeliner}, with these caps. */
    DealService service(newdeal.pipeliner.Pipeliner other, int maxFinished, int maxAttributed) {
        return new DealService(other, catalog, clock, executor, CREATE_DEADLINE, maxFinished, maxAttributed);
    }

    DealOutcome submit(String key, DealDraft draft) {
        return service.submit(key, draft).orTimeout(10, TimeUnit.SECONDS).join();
    }

    static Opportunity created(DealOutcome outcome) {
        assertThat(outcome).isInstanceOf(DealOutcome.Created.class);
        return ((DealOutcome.Created) outcome).opportunity();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        scheduler.shutdownNow();
        sandbox.close();
    }
}
