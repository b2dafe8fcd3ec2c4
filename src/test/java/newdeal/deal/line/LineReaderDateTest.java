package newdeal.deal.line;

import static newdeal.deal.line.Lines.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Today is Friday 15 January 2027 in every case. */
class LineReaderDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globex renewal 2027-03-31               | 2027-03-31
            Globex renewal close 2027-03-31         | 2027-03-31
            Globex renewal 2027/3/31                | 2027-03-31
            Globex renewal 31.3.2027                | 2027-03-31
            Globex renewal 31.03.2027               | 2027-03-31
            Globex renewal 31/03/2027               | 2027-03-31
            Globex renewal 03/31/2027               | 2027-03-31
            Globex renewal 04/03/2027               | 2027-03-04
            Globex renewal Mar 31 2027              | 2027-03-31
            'Globex renewal March 31, 2027'         | 2027-03-31
            Globex renewal 31 Mar 2027              | 2027-03-31
            Globex renewal 31 March                 | 2027-03-31
            Globex renewal 31st March               | 2027-03-31
            Globex renewal march 31st               | 2027-03-31
            Globex renewal by 31 March              | 2027-03-31
            Globex renewal closing 31 March         | 2027-03-31
            Globex renewal closing date 31 March    | 2027-03-31
            Globex renewal 5 Jan                    | 2028-01-05
            Globex renewal 15 Jan                   | 2027-01-15
            Globex renewal 29 Feb                   | 2028-02-29
            Globex renewal end of month             | 2027-01-31
            Globex renewal by end of the month      | 2027-01-31
            Globex renewal end of quarter           | 2027-03-31
            Globex renewal close end of year        | 2027-12-31
            Globex renewal eoq                      | 2027-03-31
            Globex renewal in 6 weeks               | 2027-02-26
            Globex renewal in 10 days               | 2027-01-25
            Globex renewal in a month               | 2027-02-15
            Globex renewal in 1 week                | 2027-01-22
            Globex renewal 5 May                    | 2027-05-05
            """)
    void reads_the_closing_date_in_any_form_reps_write_it_and_never_in_the_past(String line, LocalDate date) {
        LineReading reading = read(line);

        assertThat(reading.closingDate()).contains(date);
        assertThat(reading.name()).isEqualTo("Globex renewal");
        assertThat(reading.notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Globex renewal 31.2.2027               | 31.2.2027 (no such date)
            Globex renewal 2027-02-30              | 2027-02-30 (no such date)
            Globex renewal 30 Feb                  | 30 Feb (no such date)
            Globex renewal close 2026-03-31        | 2026-03-31 (in the past)
            Globex renewal 14 Jan 2027             | 14 Jan 2027 (in the past)
            Globex renewal 31.3.2027 or 2027-04-30 | 31.3.2027, 2027-04-30 (several dates: none used)
            """)
    void keeps_a_date_it_cannot_use_in_the_name_and_says_why(String line, String note) {
        LineReading reading = read(line);

        assertThat(reading.closingDate()).isEmpty();
        assertThat(reading.name()).isEqualTo(line);
        assertThat(reading.notes()).extracting(Note::toString).containsExactly(note);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme 5 may renew
            Globex renewal by Friday
            Globex renewal close to signing
            Globex renewal in the end
            Globex renewal March
            """)
    void leaves_words_that_only_look_like_a_date_in_the_name(String line) {
        LineReading reading = read(line);

        assertThat(reading.closingDate()).isEmpty();
        assertThat(reading.name()).isEqualTo(line);
        assertThat(reading.notes()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void uses_a_date_said_twice_once() {
        LineReading reading = read("Globex renewal 31 March, closing 2027-03-31");

        assertThat(reading.closingDate()).contains(LocalDate.of(2027, 3, 31));
        assertThat(reading.name()).isEqualTo("Globex renewal");
    }
}
