package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import newdeal.pipeliner.Account;
import org.junit.jupiter.api.Test;

/** How the account index ranks, forgives and recognises names; all in memory. */
class AccountTableTest {

    @Test
    void ranks_names_starting_with_the_query_then_later_words_then_inside_a_word_then_one_typo_away() {
        AccountTable table = table("Neoglobe AG", "Glboe Systems", "The Globe Inn", "Globex Corporation",
                "Initech", "Globe Trotters");

        assertThat(names(table.search("globe", 100))).containsExactly("Globe Trotters", "Globex Corporation",
                "The Globe Inn", "Neoglobe AG", "Glboe Systems");
    }

    @Test
    void finds_globex_for_globx_but_forgives_no_typo_in_a_query_of_fewer_than_four_characters() {
        AccountTable table = table("Globex Corporation", "Initech", "Gloria Jeans");

        assertThat(names(table.search("globx", 100))).containsExactly("Globex Corporation");
        assertThat(names(table.search("gobex", 100))).containsExactly("Globex Corporation");
        assertThat(names(table.search("lgobex", 100))).containsExactly("Globex Corporation");
        assertThat(names(table.search("glx", 100))).isEmpty();
        assertThat(names(table.search("glbx", 100))).as("two typos").isEmpty();
    }

    @Test
    void ignores_case_and_accents_on_both_sides() {
        AccountTable table = table("Müller Bau GmbH", "Société Générale", "Straße & Söhne", "Zürich Re");

        assertThat(names(table.search("MULLER", 100))).containsExactly("Müller Bau GmbH");
        assertThat(names(table.search("müll", 100))).containsExactly("Müller Bau GmbH");
        assertThat(names(table.search("societe gen", 100))).containsExactly("Société Générale");
        assertThat(names(table.search("strasse", 100))).containsExactly("Straße & Söhne");
        assertThat(names(table.search("  zurich   re ", 100))).containsExactly("Zürich Re");
    }

    @Test
    void lists_a_name_once_however_many_of_its_words_match_and_stops_at_the_limit() {
        List<String> names = new ArrayList<>(List.of("Global Globex Glow"));
        IntStream.range(0, 150).forEach(i -> names.add("Glow Worm " + (1000 + i)));
        AccountTable table = table(names.toArray(String[]::new));

        List<Account> found = table.search("glo", 100);

        assertThat(found).hasSize(100).extracting(Account::id).doesNotHaveDuplicates();
        assertThat(found.get(0).name()).isEqualTo("Global Globex Glow");
    }

    @Test
    void finds_an_account_by_its_email_first() {
        AccountTable table = new AccountTableBuilder().add("Initech", "info@initech.example")
                .add("Info Systems", null).build();

        assertThat(names(table.search("INFO@initech.example", 100))).first().isEqualTo("Initech");
    }

    @Test
    void finds_an_account_by_id_and_answers_blank_queries_with_nothing() {
        AccountTable table = table("Globex Corporation", "Initech");
        Account initech = table.search("initech", 1).get(0);

        assertThat(table.byId(initech.id())).contains(initech);
        assertThat(table.byId("no-such-id")).isEmpty();
        assertThat(table.search("   ", 100)).isEmpty();
        assertThat(table.search(null, 100)).isEmpty();
    }

    @Test
    void recognises_the_accounts_named_in_a_text_by_whole_words_longest_first() {
        AccountTable table = table("Globex", "Globex Corporation", "Acme, Inc.", "Globexia", "Corporation X");

        List<NamedAccount> named = table.namedIn("Globex  corporation renewal for ACME inc 50k");

        assertThat(named).extracting(n -> n.account().name())
                .containsExactly("Globex Corporation", "Acme, Inc.", "Globex");
        assertThat(named.get(0)).extracting(NamedAccount::start, NamedAccount::end).containsExactly(0, 19);
        assertThat(table.namedIn("a Globexian deal")).isEmpty();
    }

    @Test
    void searches_two_hundred_thousand_accounts() {
        AccountTableBuilder builder = new AccountTableBuilder();
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"};
        for (int i = 0; i < 200_000; i++) {
            builder.add(words[i % 9] + " " + words[(i / 9) % 9] + " Holding " + i, null);
        }
        builder.add("Globex Corporation", null);
        AccountTable table = builder.build();

        assertThat(table.size()).isEqualTo(200_001);
        assertThat(names(table.search("globx", 100))).containsExactly("Globex Corporation");
        assertThat(table.search("hold", 100)).hasSize(100);
        assertThat(names(table.search("echo golf holding 4", 3))).allMatch(n -> n.startsWith("echo golf Holding 4"));
    }

    private static AccountTable table(String... names) {
        AccountTableBuilder builder = new AccountTableBuilder();
        for (String name : names) {
            builder.add(name, null);
        }
        return builder.build();
    }

    private static List<String> names(List<Account> accounts) {
        return accounts.stream().map(Account::name).toList();
    }

    /** Accounts with made-up ids, in the order added. */
    static final class AccountTableBuilder {
        private final List<Account> accounts = new ArrayList<>();

        AccountTableBuilder add(String name, String email) {
            accounts.add(new Account("acc-" + accounts.size(), name, email, "Berlin", "owner-1"));
            return this;
        }

        AccountTable build() {
            return AccountTable.of(accounts);
        }
    }
}
