package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.AccountContact;
import newdeal.testing.MutableClock;
import newdeal.testing.SandboxApi;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Searches answered from the account index, and the ones that still go to Pipeliner made cheap and bounded. */
class DirectorySearchesTest {
    private static final Duration LONG = Duration.ofSeconds(10);
    private static final Duration SHORT = Duration.ofMillis(300);
    private final SandboxApi sandbox = SandboxApi.start();
    private final MutableClock clock = new MutableClock();
    private final CountingPipeliner pipeliner = new CountingPipeliner(DealRig.client(sandbox, clock));
    private final ExecutorService searches = Executors.newCachedThreadPool();
    private final AccountIndex index = new AccountIndex();
    private final Gate gate = new Gate();

    @AfterEach
    void stop() {
        gate.open();
        searches.shutdownNow();
        sandbox.close();
    }

    @Test
    void answers_from_the_index_once_it_is_ready_without_asking_pipeliner() {
        index.loaded(AccountTable.of(List.of(account("Globex Corporation"), account("Initech"))), Instant.now());

        assertThat(directory(LONG, searches).searchAccounts("globx")).extracting(Account::name)
                .containsExactly("Globex Corporation");
        assertThat(pipeliner.total()).isZero();
    }

    @Test
    void recognises_the_accounts_named_in_a_command_text_from_the_index() {
        index.loaded(AccountTable.of(List.of(account("Globex Corporation"), account("Globex"))), Instant.now());

        List<NamedAccount> named = directory(LONG, searches).accountsNamedIn("globex renewal 50k");

        assertThat(named).extracting(n -> n.account().name()).containsExactly("Globex");
        assertThat(named.get(0)).extracting(NamedAccount::start, NamedAccount::end).containsExactly(0, 6);
        assertThat(pipeliner.total()).isZero();
    }

    @Test
    void makes_one_call_for_the_same_search_asked_twice_while_it_is_in_flight() throws Exception {
        pipeliner.gate("searchAccounts", gate);
        Directory directory = directory(LONG, searches);
        CompletableFuture<List<Account>> first = CompletableFuture.supplyAsync(
                () -> directory.searchAccounts("globex"));
        gate.awaitArrival();
        CompletableFuture<List<Account>> second = new CompletableFuture<>();
        Thread asking = new Thread(() -> second.complete(directory.searchAccounts("GLOBEX ")));
        asking.start();
        Waiting.until("the second search waits for the first one's answer", LONG,
                () -> asking.getState() == Thread.State.TIMED_WAITING);

        gate.open();

        assertThat(first.get(LONG.toMillis(), TimeUnit.MILLISECONDS)).extracting(Account::name)
                .contains("Globex Corporation");
        assertThat(second.get(LONG.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(first.get());
        assertThat(pipeliner.calls("searchAccounts")).isEqualTo(1);
    }

    @Test
    void cancels_the_call_of_a_search_past_its_deadline() {
        pipeliner.gate("searchAccounts", gate);

        List<Account> found = directory(SHORT, searches).searchAccounts("globex");

        assertThat(found).isEmpty();
        gate.awaitInterruption();
    }

    @Test
    void never_asks_pipeliner_for_a_search_whose_deadline_passed_while_it_waited_for_a_thread() throws Exception {
        ExecutorService oneThread = Executors.newSingleThreadExecutor();
        try {
            pipeliner.gate("searchAccounts", gate);
            Directory patient = directory(LONG, oneThread);
            CompletableFuture<List<Account>> holding = CompletableFuture.supplyAsync(
                    () -> patient.searchAccounts("initech"));
            gate.awaitArrival();

            assertThat(directory(SHORT, oneThread).searchAccounts("umbrella")).as("queued behind the held one")
                    .isEmpty();
            gate.open();
            assertThat(holding.get(LONG.toMillis(), TimeUnit.MILLISECONDS)).isNotEmpty();
            assertThat(patient.searchAccounts("globex")).as("runs after anything queued before it").isNotEmpty();

            assertThat(pipeliner.searchedTexts()).containsExactly("initech", "globex");
        } finally {
            oneThread.shutdownNow();
        }
    }

    @Test
    void answers_a_longer_query_from_a_shorter_ones_complete_answer_without_a_call() {
        Directory directory = directory(LONG, searches);
        List<Account> glob = directory.searchAccounts("glob");

        List<Account> longer = directory.searchAccounts("Globex L");

        assertThat(glob).hasSizeLessThan(Directory.MAX_RESULTS).extracting(Account::name)
                .contains("Globex Logistics GmbH", "Globex Corporation");
        assertThat(longer).extracting(Account::name).containsExactly("Globex Logistics GmbH");
        assertThat(pipeliner.searchedTexts()).containsExactly("glob");
    }

    @Test
    void asks_pipeliner_again_when_the_shorter_answer_was_cut_at_the_limit() {
        Directory directory = directory(LONG, searches);
        assertThat(directory.searchAccounts("o")).hasSize(Directory.MAX_RESULTS);

        directory.searchAccounts("or");

        assertThat(pipeliner.searchedTexts()).containsExactly("o", "or");
    }

    @Test
    void answers_from_what_the_index_loaded_so_far_when_pipeliner_does_not_answer_in_time() {
        index.loading(AccountTable.of(List.of(account("Globex Corporation"))));
        pipeliner.gate("searchAccounts", gate);

        List<Account> found = directory(SHORT, searches).searchAccounts("globex");

        assertThat(found).extracting(Account::name).containsExactly("Globex Corporation");
        assertThat(index.ready()).isFalse();
    }

    @Test
    void ranks_an_accounts_contacts_as_accounts_and_fetches_them_once() {
        Directory directory = directory(LONG, searches);

        List<AccountContact> zoe = directory.contactsOf(DealRig.CYBERDYNE, "zoe");
        List<AccountContact> typo = directory.contactsOf(DealRig.CYBERDYNE, "papadopulos");
        List<AccountContact> all = directory.contactsOf(DealRig.CYBERDYNE, " ");

        assertThat(zoe).extracting(c -> c.contact().id()).containsExactly(DealRig.ZOE_ANDERSSON);
        assertThat(typo).extracting(c -> c.contact().id()).containsExactly(DealRig.LENA_PAPADOPOULOS);
        assertThat(all).extracting(c -> c.contact().id())
                .containsExactly(DealRig.ZOE_ANDERSSON, DealRig.LENA_PAPADOPOULOS);
        assertThat(pipeliner.calls("contactsOfAccount")).isEqualTo(1);
    }

    private Directory directory(Duration deadline, ExecutorService pool) {
        return new Directory(pipeliner, clock, deadline, index, pool);
    }

    private static Account account(String name) {
        return new Account("id-" + name, name, null, "Berlin", null);
    }
}
