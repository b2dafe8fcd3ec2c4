package newdeal.deal.line;

import static newdeal.deal.line.Lines.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import newdeal.pipeliner.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineReaderAccountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globex renewal                          | Globex Corporation
            globex renewal 50k                      | Globex Corporation
            GLOBEX renewal                          | Globex Corporation
            Globex Corporation renewal              | Globex Corporation
            Globex UK expansion                     | Globex UK Ltd
            Globex Logistics fleet 50k              | Globex Logistics GmbH
            renewal for Initech                     | Initech
            'Initech: renewal'                      | Initech
            Wonka packaging line                    | Wonka Industries
            Los Pollos Hermanos franchise           | Los Pollos Hermanos
            müller renewal                          | Müller GmbH
            MÜLLER renewal                          | Müller GmbH
            Müller-Erweiterung                      | Müller GmbH
            ромашка продление                       | ООО Ромашка
            Ромашка 50k €                           | ООО Ромашка
            さくらとの契約更新 50k                     | 株式会社さくら
            café zürich catering                    | Café Zürich AG
            """)
    void chooses_the_one_account_the_line_names_by_whole_words_ignoring_case(String line, String account) {
        AccountPick pick = read(line).account();

        assertThat(pick).isInstanceOfSatisfying(AccountPick.Chosen.class,
                chosen -> assertThat(chosen.account().name()).isEqualTo(account));
    }

    @Test
    void finds_an_accented_name_typed_in_decomposed_unicode() {
        AccountPick pick = read("Mu\u0308ller renewal").account();

        assertThat(pick).isEqualTo(new AccountPick.Chosen(Lines.account("Müller GmbH")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globexx renewal
            Glob renewal
            renewal of the website
            Industries conference
            Zürich office move
            """)
    void chooses_none_when_no_account_is_named_by_a_whole_word_starting_its_name(String line) {
        assertThat(read(line).account()).isEqualTo(AccountPick.none());
    }

    @Test
    void chooses_none_of_several_accounts_named_equally_well_and_lists_them() {
        AccountPick pick = read("Redwood renewal 50k").account();

        assertThat(pick).isEqualTo(new AccountPick.Ambiguous("Redwood", List.of(
                Lines.account("Redwood Analytics GmbH"), Lines.account("Redwood Consulting Ltd"),
                Lines.account("Redwood Foods S.p.A."))));
    }

    @Test
    void chooses_none_when_the_line_names_two_different_accounts() {
        AccountPick pick = read("Initech and Globex joint bid").account();

        assertThat(pick).isEqualTo(new AccountPick.Ambiguous("",
                List.of(Lines.account("Globex Corporation"), Lines.account("Initech"))));
    }

    @Test
    void prefers_an_account_named_in_full_to_one_named_in_part() {
        AccountPick pick = read("Initech and Wonka joint bid").account();

        assertThat(pick).isEqualTo(new AccountPick.Chosen(Lines.account("Initech")));
    }

    @Test
    void keeps_the_account_words_in_the_deal_name() {
        LineReading reading = read("Globex renewal 50k EUR close 2027-03-31");

        assertThat(reading.name()).isEqualTo("Globex renewal");
        assertThat(reading.account()).isEqualTo(new AccountPick.Chosen(Lines.account("Globex Corporation")));
    }

    @Test
    void gives_the_matcher_the_deal_name_only_and_ranks_whatever_it_returns() {
        List<String> asked = new ArrayList<>();
        Account globex = Lines.account("Globex Corporation");
        LineReader reader = new LineReader(Lines.CURRENCIES, name -> {
            asked.add(name);
            return List.of(globex, Lines.account("Globe Trotters"), Lines.account("Initech"));
        });

        LineReading reading = reader.read("Globex renewal 50k EUR by 31 March", Lines.TODAY);

        assertThat(asked).containsExactly("Globex renewal");
        assertThat(reading.account()).isEqualTo(new AccountPick.Chosen(globex));
    }

    @Test
    void asks_the_matcher_nothing_when_the_line_holds_no_name() {
        List<String> asked = new ArrayList<>();
        LineReader reader = new LineReader(Lines.CURRENCIES, name -> {
            asked.add(name);
            return List.of();
        });

        assertThat(reader.read("50k EUR 2027-03-31", Lines.TODAY).account()).isEqualTo(AccountPick.none());
        assertThat(reader.read("   ", Lines.TODAY).name()).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void the_in_memory_matcher_returns_the_accounts_that_share_a_word_with_the_name() {
        AccountMatcher matcher = AccountMatcher.over(Lines.ACCOUNTS);

        assertThat(matcher.candidates("Redwood and müller")).extracting(Account::name).containsExactly(
                "Redwood Analytics GmbH", "Redwood Foods S.p.A.", "Redwood Consulting Ltd", "Müller GmbH");
        assertThat(AccountMatcher.none().candidates("Globex")).isEmpty();
    }
}
