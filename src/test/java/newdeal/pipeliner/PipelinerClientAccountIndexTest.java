package newdeal.pipeliner;

import static newdeal.pipeliner.MockPipeliner.soon;
import static newdeal.pipeliner.PipelinerClientReadsTest.assertGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reads behind the account index, and a read cut off when its caller stops waiting. */
class PipelinerClientAccountIndexTest {
    private static final String FIELDS = "load-only=id%2Cname%2Cformatted_name%2Cemail1%2Ccity%2Cowner_id%2Cmodified"
            + "%2Cis_deleted";
    private final MockPipeliner pipeliner = MockPipeliner.checkingRequests();
    private final PipelinerClient client = pipeliner.client();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
        pipeliner.conformance.assertRequestsConform();
    }

    @Test
    void pages_through_every_live_account_loading_only_what_an_index_holds() {
        pipeliner.reply(200, "accounts-index-page-1.json").reply(200, "accounts-index-page-2.json");

        AccountPage first = client.accountsPage(null, null, soon());
        AccountPage last = client.accountsPage(null, first.next(), soon());

        assertGet(pipeliner.take(), "Accounts", FIELDS + "&first=100");
        assertGet(pipeliner.take(), "Accounts", FIELDS + "&first=100&after=YToy");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.accounts()).extracting(AccountChange::account).containsExactly(
                new Account("ac000001-0000-4000-8000-000000000001", "Globex Corporation", "hello@globex.example",
                        "Springfield", "6c1a9d3e-2b7f-4e1a-9c55-0d2f8a4b7e11"),
                new Account("ac000002-0000-4000-8000-000000000002", "Globex Iberia", null, null, null));
        assertThat(last.next()).isNull();
    }

    @Test
    void asks_for_the_accounts_changed_since_a_moment_deleted_ones_included_oldest_change_first() {
        pipeliner.reply(200, "accounts-index-page-1.json");

        AccountPage changes = client.accountsPage(Instant.parse("2026-01-02T03:04:05.900Z"), null, soon());

        assertGet(pipeliner.take(), "Accounts", FIELDS + "&filter%5Bmodified%5D=2026-01-02%2003%3A04%3A05"
                + "&filter-op%5Bmodified%5D=gte&include-deleted=true&order-by=modified&first=100");
        assertThat(changes.accounts()).extracting(AccountChange::deleted).containsExactly(false, true);
        assertThat(changes.accounts()).extracting(AccountChange::modified).containsExactly(
                Instant.parse("2026-01-02T03:04:05.123456Z"), Instant.parse("2026-01-02T03:04:06.000001Z"));
        assertThat(changes.next()).isEqualTo("YToy");
    }

    @Test
    void reads_when_the_accounts_last_changed_from_the_newest_change_deleted_ones_included() {
        pipeliner.reply(200, "accounts-last-change.json");

        assertThat(client.lastAccountChange(soon())).contains(Instant.parse("2026-01-02T03:05:00Z"));
        assertGet(pipeliner.take(), "Accounts",
                "load-only=id%2Cmodified&include-deleted=true&order-by=-modified&first=1");
    }

    @Test
    void cancels_its_http_call_at_once_when_the_waiting_thread_is_interrupted() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        PipelinerClient watched = pipeliner.builder().baseClient(MockPipeliner.BASE.newBuilder()
                .eventListener(new EventListener() {
                    @Override
                    public void canceled(Call call) {
                        cancelled.countDown();
                    }
                }).build()).timeouts(PipelinerClientBuilder.Timeouts.defaults().withConnect(Duration.ofSeconds(1))
                .withRead(Duration.ofSeconds(30)).withWrite(Duration.ofSeconds(1)).withCall(Duration.ofSeconds(30)))
                .build();
        pipeliner.reply(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        CompletableFuture<Object> search = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                search.complete(watched.searchAccounts("globex", 10, Instant.now().plusSeconds(30)));
            } catch (RuntimeException e) {
                search.completeExceptionally(e);
            }
        });
        caller.start();
        pipeliner.take();

        caller.interrupt();

        assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("the call was cancelled").isTrue();
        assertThatThrownBy(() -> search.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(PipelinerUnavailableException.class);
    }
}
