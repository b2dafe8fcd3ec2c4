package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newdeal.pipeliner.Opportunity;

/** A DealService wired as the app wires it, against the sandbox over HTTP, with a warm catalog. */
final class DealRig implements AutoCloseable {
    static final LocalDate CLOSING = LocalDate.of(2026, 6, 30);
    static final Duration CREATE_DEADLINE = Duration.ofSeconds(2);

    final SandboxPipeliner sandbox = new SandboxPipeliner();
    final MutableClock clock = new MutableClock();
    final CreateRecorder creates = new CreateRecorder();
    final CountingPipeliner pipeliner = new CountingPipeliner(sandbox.client(clock, creates));
    final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final CatalogCache catalog = new CatalogCache(pipeliner, clock, scheduler, Duration.ofMinutes(5),
            Duration.ofSeconds(3));
    final DealService service = new DealService(pipeliner, catalog, clock, executor, CREATE_DEADLINE);

    DealRig() {
        catalog.start();
        catalog.ready().join();
    }

    /** Cyberdyne, owned by Tom, at the Renewals step "Quote Sent", contacts Lena (twice) and Zoe. */
    static DealDraft draft(String name, String currencyId) {
        return new DealDraft(name, SandboxPipeliner.CYBERDYNE,
                List.of(SandboxPipeliner.LENA_PAPADOPOULOS, SandboxPipeliner.ZOE_ANDERSSON,
                        SandboxPipeliner.LENA_PAPADOPOULOS),
                SandboxPipeliner.QUOTE_SENT, new BigDecimal("12500.50"), currencyId, CLOSING, SandboxPipeliner.TOM,
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
