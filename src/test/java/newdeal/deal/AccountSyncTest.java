package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.AccountPage;
import newdeal.sandbox.Fault;
import newdeal.testing.SandboxApi;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account index filled from the sandbox over HTTP, and kept fresh by asking only for what changed. */
class AccountSyncTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration OFTEN = Duration.ofMillis(50);
    private final SandboxApi sandbox = SandboxApi.start();
    private final CountingPipeliner pipeliner = new CountingPipeliner(DealRig.client(sandbox, Clock.systemUTC()));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AccountIndex index = new AccountIndex();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        sandbox.close();
    }

    @Test
    void loads_every_live_account_page_by_page_then_answers_searches_from_memory() {
        start(Duration.ofHours(1), AccountIndex.MAX_ACCOUNTS);

        awaitReady();

        int live = sandbox.sandbox().accounts().live();
        assertThat(index.status().accounts()).isEqualTo(live).isGreaterThan(100);
        assertThat(pipeliner.calls("accountsPage")).as("100 a page").isEqualTo((live + 99) / 100);
        assertThat(index.byId(DealRig.GLOBEX)).map(Account::name).contains("Globex Corporation");
        assertThat(index.status().lastRefresh()).contains(IndexStatus.OK);
    }

    @Test
    void takes_in_new_renamed_and_deleted_accounts_asking_only_for_the_changes() {
        start(OFTEN, AccountIndex.MAX_ACCOUNTS);
        awaitReady();

        String zenith = sandbox.sandbox().accounts().add("Zenith Robotics", "hello@zenith.example", "Graz");
        sandbox.sandbox().accounts().rename(DealRig.GLOBEX, "Globex Worldwide");
        sandbox.sandbox().accounts().delete(DealRig.CYBERDYNE);

        Waiting.until("the index holds the three changes", WAIT,
                () -> index.byId(zenith).isPresent() && index.byId(DealRig.CYBERDYNE).isEmpty()
                        && index.byId(DealRig.GLOBEX).map(Account::name).orElse("").endsWith("Worldwide"));
        assertThat(index.search("zenith rob", 10)).extracting(Account::id).containsExactly(zenith);
        assertThat(index.search("cyberdyne", 10)).isEmpty();
        assertThat(index.status().accounts()).isEqualTo(sandbox.sandbox().accounts().live());
        assertThat(pipeliner.changePages()).isNotEmpty()
                .allSatisfy(page -> assertThat(page.accounts()).as("only what changed").hasSizeLessThan(10));
        assertThat(pipeliner.changePages()).flatExtracting(AccountPage::accounts)
                .anySatisfy(change -> assertThat(change.deleted()).isTrue());
    }

    @Test
    void keeps_its_accounts_when_a_refresh_fails_says_why_and_catches_up_on_the_next() {
        start(OFTEN, AccountIndex.MAX_ACCOUNTS);
        awaitReady();
        var outage = sandbox.faults().add(Fault.on("GET", "/entities/Accounts").withStatus(503));
        Waiting.until("a refresh failed", WAIT, () -> index.status().lastRefresh().orElse("").contains("503"));
        int held = index.status().accounts();

        String zenith = sandbox.sandbox().accounts().add("Zenith Robotics", null, null);
        outage.remove();

        Waiting.until("the next refresh caught up", WAIT, () -> index.byId(zenith).isPresent());
        assertThat(held).isEqualTo(sandbox.sandbox().accounts().live() - 1);
        assertThat(index.ready()).isTrue();
        Waiting.until("the refresh says ok again", WAIT,
                () -> index.status().lastRefresh().orElse("").equals(IndexStatus.OK));
    }

    @Test
    void lets_go_above_its_bound_so_that_searches_go_to_pipeliner() {
        start(OFTEN, 150);

        Waiting.until("the index gave up", WAIT, () -> index.status().state().equals(IndexStatus.OVER_LIMIT));
        List<Account> found = new Directory(pipeliner, Clock.systemUTC(), WAIT, index, Runnable::run)
                .searchAccounts("globex");

        assertThat(index.status().accounts()).isZero();
        assertThat(index.status().lastRefresh()).hasValueSatisfying(r -> assertThat(r).contains("150"));
        assertThat(found).extracting(Account::name).contains("Globex Corporation");
        assertThat(pipeliner.calls("searchAccounts")).isEqualTo(1);
    }

    @Test
    void sends_searches_to_pipeliner_until_the_first_load_completed() {
        pipeliner.gate("accountsPage", new Gate());
        start(OFTEN, AccountIndex.MAX_ACCOUNTS);

        List<Account> found = new Directory(pipeliner, Clock.systemUTC(), WAIT, index, Runnable::run)
                .searchAccounts("globex");

        assertThat(index.status().state()).isEqualTo(IndexStatus.LOADING);
        assertThat(found).extracting(Account::name).contains("Globex Corporation");
        assertThat(pipeliner.calls("searchAccounts")).isEqualTo(1);
    }

    private void start(Duration refreshEvery, int maxAccounts) {
        new AccountSync(pipeliner, index, Clock.systemUTC(), scheduler, refreshEvery, WAIT, maxAccounts).start();
    }

    private void awaitReady() {
        Waiting.until("the index loaded", WAIT, index::ready);
    }
}
