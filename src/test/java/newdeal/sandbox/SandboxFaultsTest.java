package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import newdeal.testing.SandboxApi;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newdeal.testing.Waiting;

class SandboxFaultsTest {
    private static final String CREATE = "/entities/Opportunities$";

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();
    private final Faults faults = SANDBOX.sandbox().faults();
    private final SandboxApi http = SANDBOX.http();
    private final Seeded seeded = new Seeded(http);

    @Test
    void answers_an_injected_status_with_a_pipeliner_error_body_and_creates_nothing() {
        int before = seeded.opportunityCount();
        Faults.Active fault = faults.add(Fault.on("POST", CREATE).withStatus(503));

        SandboxApi.Reply reply = http.post("Opportunities", seeded.renewal("Refused by the front door"));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body().path("success").asBoolean(true)).isFalse();
        assertThat(reply.body().path("http_status").asInt()).isEqualTo(503);
        assertThat(fault.hits()).isEqualTo(1);
        assertThat(seeded.opportunityCount()).isEqualTo(before);
    }

    @Test
    void delays_only_the_requests_that_match_method_and_path() {
        Faults.Active slowAccounts = faults.add(Fault.on("GET", "/entities/Accounts").withLatency(Duration.ofMillis(300)));

        long started = System.nanoTime();
        assertThat(http.get("Accounts", "first", "1").status()).isEqualTo(200);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        http.get("Clients");
        http.post("Opportunities", seeded.renewal("Not slowed"));

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(slowAccounts.hits()).isEqualTo(1 + 1);  // the lookup of Globex inside renewal() counts too
    }

    @Test
    void acts_only_on_requests_whose_query_string_matches_when_told_to() {
        Faults.Active loadOnly = faults.add(Fault.on("GET", "/entities/Accounts$").withQuery("load-only=")
                .withStatus(503));

        assertThat(http.get("Accounts", "load-only", "id,name").status()).isEqualTo(503);
        assertThat(http.get("Accounts", "filter[name]", "globex", "filter-op[name]", "icontains").status())
                .isEqualTo(200);
        assertThat(loadOnly.hits()).isEqualTo(1);
    }

    @Test
    void stops_acting_once_removed_or_cleared() {
        Faults.Active fault = faults.add(Fault.on("*", "/entities/Clients").withStatus(500));
        faults.add(Fault.on("GET", "/entities/Steps").withStatus(502));
        assertThat(http.get("Clients").status()).isEqualTo(500);

        fault.remove();
        assertThat(http.get("Clients").status()).isEqualTo(200);
        faults.clear();
        assertThat(http.get("Steps").status()).isEqualTo(200);
    }

    @Test
    void acts_on_the_first_requests_only_when_limited() {
        faults.add(Fault.on("GET", "/entities/Currencies").withStatus(429).times(2));

        assertThat(http.get("Currencies").status()).isEqualTo(429);
        assertThat(http.get("Currencies").status()).isEqualTo(429);
        assertThat(http.get("Currencies").status()).isEqualTo(200);
    }

    @Test
    void drops_the_connection_without_an_answer() {
        faults.add(Fault.on("GET", "/entities/Pipelines").dropConnection());

        assertThatThrownBy(() -> http.get("Pipelines")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void hangs_until_the_client_gives_up_and_releases_the_request_when_cleared() {
        Faults.Active hang = faults.add(Fault.on("GET", "/entities/Steps").hang());
        SandboxApi impatient = SandboxApi.over(SANDBOX.sandbox(), Duration.ofMillis(300));

        assertThatThrownBy(() -> impatient.get("Steps")).hasCauseInstanceOf(InterruptedIOException.class);
        assertThat(hang.hits()).isEqualTo(1);
        faults.clear();
        assertThat(impatient.get("Steps").status()).isEqualTo(200);
    }

    @Test
    void holds_a_request_until_released_then_answers_it_as_usual() throws Exception {
        Faults.Active held = faults.add(Fault.on("GET", "/entities/Currencies").held());
        CompletableFuture<SandboxApi.Reply> reply = CompletableFuture.supplyAsync(() -> http.get("Currencies"));
        Waiting.until("the request is held", Duration.ofSeconds(5), () -> held.hits() == 1);

        assertThat(reply).isNotDone();
        held.remove();

        assertThat(reply.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(reply.get().rows()).hasSize(3);
    }

    @Test
    void can_lose_the_answer_of_a_create_that_was_stored() {
        faults.add(Fault.on("POST", CREATE).withStatus(502).afterHandling().times(1));
        int before = seeded.opportunityCount();

        SandboxApi.Reply reply = http.post("Opportunities", seeded.renewal("Created but unanswered"));

        assertThat(reply.status()).isEqualTo(502);
        assertThat(seeded.opportunityCount()).isEqualTo(before + 1);
        assertThat(http.get("Opportunities", "filter[name]", "Created but unanswered").data()).hasSize(1);
    }

    @Test
    void can_drop_the_connection_after_storing_a_create() {
        faults.add(Fault.on("POST", CREATE).dropConnection().afterHandling());
        int before = seeded.opportunityCount();

        assertThatThrownBy(() -> http.post("Opportunities", seeded.renewal("Stored, then cut off")))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(seeded.opportunityCount()).isEqualTo(before + 1);
    }

    @Test
    void refuses_fault_settings_that_make_no_sense() {
        assertThatThrownBy(() -> Fault.on("GET", ".*").withStatus(200)).hasMessageContaining("200");
        assertThatThrownBy(() -> Fault.on("GET", ".*").withLatency(Duration.ofMillis(-1))).hasMessageContaining("-");
        assertThatThrownBy(() -> Fault.on("GET", ".*").times(0)).hasMessageContaining("0");
    }
}
