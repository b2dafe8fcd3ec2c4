package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.AccountContact;
import newdeal.pipeliner.Contact;
import newdeal.pipeliner.PipelinerUser;
import newdeal.sandbox.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import newdeal.testing.MutableClock;
import newdeal.testing.SandboxApi;

class DirectoryTest {
    // Generous for tests about answers (a cold JVM's first request is slow); the deadline tests use a short one.
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final Duration SHORT_DEADLINE = Duration.ofMillis(250);
    private final SandboxApi sandbox = SandboxApi.start();
    private final MutableClock clock = new MutableClock();
    private final CountingPipeliner pipeliner = new CountingPipeliner(DealRig.client(sandbox, clock));
    private final Directory directory = new Directory(pipeliner, clock, DEADLINE);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void finds_accounts_whose_name_contains_the_query_ignoring_case() {
        List<Account> found = directory.searchAccounts("  gLoBeX ");

        assertThat(found).extracting(Account::name).contains("Globex Corporation", "Globex UK Ltd",
                "Globex Logistics GmbH");
        assertThat(found).allSatisfy(a -> assertThat(a.name()).containsIgnoringCase("globex"));
    }

    @Test
    void finds_an_account_by_its_email_even_when_no_name_contains_it() {
        List<Account> found = directory.searchAccounts("SALES@globex.example");

        assertThat(found).extracting(Account::id).containsExactly(DealRig.GLOBEX);
        assertThat(pipeliner.calls("findAccountByEmail")).isEqualTo(1);
    }

    @Test
    void does_not_look_up_an_email_for_a_query_that_is_no_email() {
        directory.searchAccounts("Initech");

        assertThat(pipeliner.calls("findAccountByEmail")).isZero();
        assertThat(pipeliner.calls("searchAccounts")).isEqualTo(1);
    }

    @Test
    void answers_at_most_100_accounts_without_repeats() {
        List<Account> found = directory.searchAccounts("o");

        assertThat(found).hasSize(100);
        assertThat(found).extracting(Account::id).doesNotHaveDuplicates();
    }

    @Test
    void answers_a_blank_query_with_nothing_and_without_asking_pipeliner() {
        assertThat(directory.searchAccounts("   ")).isEmpty();
        assertThat(directory.searchAccounts(null)).isEmpty();
        assertThat(directory.searchContacts(" ")).isEmpty();
        assertThat(directory.contactsOf("")).isEmpty();
        assertThat(directory.userByEmail(" ")).isEmpty();

        assertThat(pipeliner.calls("searchAccounts") + pipeliner.calls("searchContacts")
                + pipeliner.calls("contactsOfAccount") + pipeliner.calls("findUserByEmail")).isZero();
    }

    @Test
    void answers_a_repeated_search_from_the_cache_until_it_is_older_than_45_seconds() {
        List<Account> first = directory.searchAccounts("globex");
        List<Account> again = directory.searchAccounts("GLOBEX ");
        clock.advance(Directory.SEARCH_TTL.minusSeconds(1));
        directory.searchAccounts("globex");
        int callsJustBefore = pipeliner.calls("searchAccounts");
        clock.advance(Duration.ofSeconds(2));
        directory.searchAccounts("globex");

        assertThat(Directory.SEARCH_TTL).isEqualTo(Duration.ofSeconds(45));
        assertThat(again).isEqualTo(first);
        assertThat(callsJustBefore).as("still cached a second before the TTL").isEqualTo(1);
        assertThat(pipeliner.calls("searchAccounts")).as("fetched again a second after it").isEqualTo(2);
    }

    @Test
    void lists_an_accounts_contacts_with_the_primary_first() {
        List<AccountContact> contacts = directory.contactsOf(DealRig.CYBERDYNE);

        assertThat(contacts).extracting(c -> c.contact().id())
                .containsExactly(DealRig.ZOE_ANDERSSON, DealRig.LENA_PAPADOPOULOS);
        assertThat(contacts.get(0).primary()).isTrue();
        assertThat(contacts.get(1).primary()).isFalse();
        directory.contactsOf(DealRig.CYBERDYNE);
        assertThat(pipeliner.calls("contactsOfAccount")).isEqualTo(1);
    }

    @Test
    void finds_contacts_by_name_and_an_account_by_id() {
        assertThat(directory.searchContacts("zoe andersson")).extracting(Contact::id)
                .contains(DealRig.ZOE_ANDERSSON);
        assertThat(directory.account(DealRig.GLOBEX)).map(Account::name).contains("Globex Corporation");
        assertThat(directory.account("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    @Test
    void finds_the_pipeliner_user_by_email_ignoring_case_and_remembers_it_for_minutes() {
        assertThat(directory.userByEmail("tom.berger@northwind-sales.example")).map(PipelinerUser::id)
                .contains(DealRig.TOM);
        clock.advance(Duration.ofMinutes(5));
        assertThat(directory.userByEmail("TOM.BERGER@NORTHWIND-SALES.EXAMPLE")).isPresent();

        assertThat(pipeliner.calls("findUserByEmail")).isEqualTo(1);
    }

    @Test
    void remembers_that_there_is_no_such_user_for_a_shorter_time() {
        assertThat(directory.userByEmail("nobody@northwind-sales.example")).isEmpty();
        assertThat(directory.userByEmail("nobody@northwind-sales.example")).isEmpty();
        assertThat(pipeliner.calls("findUserByEmail")).isEqualTo(1);

        clock.advance(Directory.NO_USER_TTL.plusSeconds(1));
        directory.userByEmail("nobody@northwind-sales.example");

        assertThat(pipeliner.calls("findUserByEmail")).isEqualTo(2);
    }

    @Test
    void answers_empty_by_its_deadline_when_pipeliner_is_slow_and_tries_again_next_time() {
        Directory directory = new Directory(pipeliner, clock, SHORT_DEADLINE);
        directory.account(DealRig.GLOBEX); // warms the connection, so only the fault is slow
        var slow = sandbox.faults().add(Fault.on("GET", "/entities/Accounts").withLatency(Duration.ofMillis(1200)));

        long started = System.nanoTime();
        List<Account> found = directory.searchAccounts("globex");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(found).isEmpty();
        assertThat(tookMillis).isLessThan(1000);
        slow.remove();
        assertThat(directory.searchAccounts("globex")).isNotEmpty();
    }

    @Test
    void answers_empty_when_pipeliner_is_unavailable() {
        sandbox.faults().add(Fault.on("GET", "/entities/").withStatus(503));

        assertThat(directory.searchAccounts("globex")).isEmpty();
        assertThat(directory.contactsOf(DealRig.GLOBEX)).isEmpty();
        assertThat(directory.searchContacts("anna")).isEmpty();
        assertThat(directory.account(DealRig.GLOBEX)).isEmpty();
        assertThat(directory.userByEmail("anna.keller@northwind-sales.example")).isEmpty();
    }
}
