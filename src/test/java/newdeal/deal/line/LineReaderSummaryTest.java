package newdeal.deal.line;

import static newdeal.deal.line.Lines.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineReaderSummaryTest {

    @Test
    void says_everything_it_read_from_the_issue_s_example_line() {
        LineReading reading = read("Globex renewal 50k EUR close 2027-03-31");

        assertThat(reading.summary("your command")).contains("Read from your command: value 50 000, currency EUR,"
                + " closing date 31 Mar 2027, account Globex Corporation");
        assertThat(reading.readAnything()).isTrue();
    }

    @Test
    void names_the_source_it_read_from() {
        assertThat(read("Initech pilot").summary("the message")).contains("Read from the message: account Initech");
    }

    @Test
    void says_what_it_did_not_understand_in_line_order_and_which_accounts_it_could_not_choose_between() {
        LineReading reading = read("Redwood renewal 50kk by 31.2.2027 in 6 weeks");

        assertThat(reading.summary("your command")).contains("Read from your command: closing date 26 Feb 2027."
                + " Several accounts match “Redwood” (Redwood Analytics GmbH, Redwood Consulting Ltd, Redwood Foods"
                + " S.p.A.): choose one. Not understood: 50kk (not an amount), 31.2.2027 (no such date)");
        assertThat(reading.name()).isEqualTo("Redwood renewal 50kk by 31.2.2027");
    }

    @Test
    void counts_the_candidates_it_does_not_list() {
        LineReader reader = new LineReader(Lines.CURRENCIES, AccountMatcher.over(java.util.List.of(
                Lines.account("Summit Media"), Lines.account("Summit Telecom"), Lines.account("Summit Insurance"),
                Lines.account("Summit Construction"), Lines.account("Summit Foods"))));

        assertThat(reader.read("Summit upsell", Lines.TODAY).summary("your command")).contains("Several accounts"
                + " match “Summit” (Summit Construction, Summit Foods, Summit Insurance and 2 more): choose one");
    }

    @Test
    void has_nothing_to_say_about_a_plain_name() {
        LineReading reading = read("Website relaunch");

        assertThat(reading.summary("your command")).isEmpty();
        assertThat(reading.readAnything()).isFalse();
        assertThat(reading.name()).isEqualTo("Website relaunch");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"50000, 50 000", "1200000, 1 200 000", "12500.50, 12 500.50", "999, 999", "0.5, 0.5",
            "123456789012.34, 123 456 789 012.34"})
    void writes_amounts_with_spaces_between_thousands(BigDecimal value, String written) {
        assertThat(ReadingSummary.amount(value)).isEqualTo(written);
    }
}
