package newdeal.deal.line;

import static newdeal.deal.line.Lines.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import newdeal.pipeliner.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineReaderValueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globex renewal 50k                  | 50000    |     | Globex renewal
            Globex renewal 50K                  | 50000    |     | Globex renewal
            Globex renewal 50 000               | 50000    |     | Globex renewal
            Globex renewal 1 250 000            | 1250000  |     | Globex renewal
            Globex renewal 50,000               | 50000    |     | Globex renewal
            Globex renewal 1,000,000            | 1000000  |     | Globex renewal
            Globex renewal 1.2m                 | 1200000  |     | Globex renewal
            Globex renewal 1.5k                 | 1500     |     | Globex renewal
            Globex renewal 12500.50             | 12500.50 |     | Globex renewal
            Globex renewal 12 500,50            | 12500.50 |     | Globex renewal
            Globex renewal €50k                 | 50000    | EUR | Globex renewal
            Globex renewal $12,500.50           | 12500.50 | USD | Globex renewal
            Globex renewal £50k                 | 50000    | GBP | Globex renewal
            Globex renewal 50k€                 | 50000    | EUR | Globex renewal
            Globex renewal 50 000 €             | 50000    | EUR | Globex renewal
            Globex renewal € 50 000             | 50000    | EUR | Globex renewal
            Globex renewal 12.500,50 €          | 12500.50 | EUR | Globex renewal
            Globex renewal 50k EUR              | 50000    | EUR | Globex renewal
            Globex renewal EUR 50k              | 50000    | EUR | Globex renewal
            Globex renewal 50k usd              | 50000    | USD | Globex renewal
            Globex renewal 50000 GBP            | 50000    | GBP | Globex renewal
            Globex renewal USD50k               | 50000    | USD | Globex renewal
            'Globex renewal, 50k EUR, Q3'       | 50000    | EUR | 'Globex renewal, Q3'
            Globex renewal (€50k)               | 50000    | EUR | Globex renewal
            Globex renewal *€50k*               | 50000    | EUR | Globex renewal
            """)
    void reads_the_value_and_the_currency_written_on_it_or_next_to_it(String line, String value, String currency,
                                                                          String name) {
        LineReading reading = read(line);

        assertThat(reading.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
        assertThat(reading.currency().map(Currency::code)).isEqualTo(java.util.Optional.ofNullable(currency));
        assertThat(reading.name()).isEqualTo(name);
        assertThat(reading.notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globex 1,000,000,000,000,000      | 1000000000000000
            Globex 999,999,999,999,999.99     | 999999999999999.99
            Globex 12.345k                    | 12345
            Globex 1.2345k                    | 1234.5
            Globex 0,001k                     | 1
            Globex 12,500.505                 | 12500.505
            """)
    void reads_large_and_finely_divided_amounts_exactly_leaving_their_bounds_to_the_form_s_rules(String line,
                                                                                                 BigDecimal value) {
        assertThat(read(line).value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globex renewal EUR          | EUR | Globex renewal
            Globex renewal usd          | USD | Globex renewal
            Globex renewal in £         | GBP | Globex renewal in
            """)
    void reads_a_currency_code_in_any_case_or_a_sign_standing_alone(String line, String currency, String name) {
        LineReading reading = read(line);

        assertThat(reading.currency()).map(Currency::code).contains(currency);
        assertThat(reading.value()).isEmpty();
        assertThat(reading.name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globex renewal 2026                 | Globex renewal 2026
            Globex renewal 40 seats             | Globex renewal 40 seats
            Globex renewal phase 1.5            | Globex renewal phase 1.5
            Globex 2nd renewal                  | Globex 2nd renewal
            Globex 3pm call                     | Globex 3pm call
            Globex B2B portal                   | Globex B2B portal
            """)
    void leaves_numbers_that_are_not_written_as_money_in_the_name(String line, String name) {
        LineReading reading = read(line);

        assertThat(reading.value()).isEmpty();
        assertThat(reading.name()).isEqualTo(name);
        assertThat(reading.notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globex renewal 50kk          | 50kk (not an amount)
            Globex renewal 1.2mm         | 1.2mm (not an amount)
            Globex renewal 50.000        | 50.000 (not an amount)
            Globex renewal €1,2.5        | €1,2.5 (not an amount)
            Globex renewal 50k and 20k   | 50k, 20k (several amounts: none used)
            Globex renewal 50k CHF       | 50k CHF (CHF is not one of the currencies in Pipeliner)
            Globex renewal ¥50k          | ¥50k (¥ is not one of the currencies in Pipeliner)
            """)
    void keeps_an_amount_it_cannot_use_in_the_name_and_says_why(String line, String note) {
        LineReading reading = read(line);

        assertThat(reading.value()).isEmpty();
        assertThat(reading.currency()).isEmpty();
        assertThat(reading.name()).isEqualTo(line);
        assertThat(reading.notes()).extracting(Note::toString).containsExactly(note);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globex renewal €50k USD   | Globex renewal USD | €, USD (several currencies: none used)
            Globex renewal 50k EUR £  | Globex renewal EUR £ | EUR, £ (several currencies: none used)
            """)
    void uses_the_value_but_no_currency_when_the_line_names_two(String line, String name, String note) {
        LineReading reading = read(line);

        assertThat(reading.value()).hasValue(new BigDecimal("50000"));
        assertThat(reading.currency()).isEmpty();
        assertThat(reading.name()).isEqualTo(name);
        assertThat(reading.notes()).extracting(Note::toString).containsExactly(note);
    }

    @org.junit.jupiter.api.Test
    void asks_which_currency_a_sign_that_several_currencies_share_means() {
        Currency cad = new Currency("cur-cad", "CAD", "$", false);
        LineReader reader = new LineReader(java.util.List.of(Lines.EUR, Lines.USD, cad), AccountMatcher.none());

        LineReading ambiguous = reader.read("Maple renewal $50k", Lines.TODAY);
        LineReading settled = reader.read("Maple renewal $50k CAD", Lines.TODAY);

        assertThat(ambiguous.value()).hasValue(new BigDecimal("50000"));
        assertThat(ambiguous.currency()).isEmpty();
        assertThat(ambiguous.notes()).extracting(Note::toString).containsExactly("$ (could be USD or CAD)");
        assertThat(settled.currency()).contains(cad);
        assertThat(settled.name()).isEqualTo("Maple renewal");
    }
}
