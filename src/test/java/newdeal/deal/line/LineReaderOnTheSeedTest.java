package newdeal.deal.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.PipelinerClient;
import newdeal.testing.SandboxApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader over the sandbox's seed, its accounts found by one Pipeliner search per line (the first word of the
 * deal name, as the form's account search does before an account index exists): the issue's own example works.
 */
class LineReaderOnTheSeedTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static SandboxApi sandbox;
    private static PipelinerClient client;
    private static LineReader reader;

    @BeforeAll
    static void start() {
        sandbox = SandboxApi.start();
        client = sandbox.client().build();
        List<Currency> currencies = client.listCurrencies(Instant.now().plusSeconds(10));
        reader = new LineReader(currencies, name -> client.searchAccounts(AccountWords.typed(name).get(0), 100,
                Instant.now().plusSeconds(10)));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void reads_the_issue_s_example_line_with_globex_corporation_as_its_account() {
        LineReading reading = reader.read("Globex renewal 50k EUR close 2027-03-31", TODAY);

        assertThat(reading.name()).isEqualTo("Globex renewal");
        assertThat(reading.value()).hasValue(new BigDecimal("50000"));
        assertThat(reading.currency()).map(Currency::code).contains("EUR");
        assertThat(reading.closingDate()).contains(LocalDate.of(2027, 3, 31));
        assertThat(chosen(reading)).isEqualTo("Globex Corporation");
        assertThat(reading.summary("your command")).contains("Read from your command: value 50 000, currency EUR,"
                + " closing date 31 Mar 2027, account Globex Corporation");
    }

    @Test
    void finds_the_seeded_accounts_written_in_other_scripts_ignoring_case() {
        assertThat(chosen(reader.read("müller Wartungsvertrag 2027 €14,500", TODAY))).isEqualTo("Müller GmbH");
        assertThat(chosen(reader.read("ромашка продление 20k", TODAY))).isEqualTo("ООО Ромашка");
        assertThat(chosen(reader.read("さくら 契約更新 in 6 weeks", TODAY))).isEqualTo("株式会社さくら");
    }

    @Test
    void chooses_none_of_the_seeded_accounts_that_share_a_word_and_says_so() {
        LineReading reading = reader.read("Redwood renewal by end of quarter", TODAY);

        assertThat(reading.account()).isInstanceOfSatisfying(AccountPick.Ambiguous.class, a -> assertThat(
                a.candidates()).extracting(Account::name).allMatch(n -> n.startsWith("Redwood ")).hasSizeGreaterThan(2));
        assertThat(reading.closingDate()).contains(LocalDate.of(2026, 12, 31));
    }

    private static String chosen(LineReading reading) {
        assertThat(reading.account()).isInstanceOf(AccountPick.Chosen.class);
        return ((AccountPick.Chosen) reading.account()).account().name();
    }
}
