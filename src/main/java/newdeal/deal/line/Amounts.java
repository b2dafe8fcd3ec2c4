package newdeal.deal.line;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number in an amount as reps type it: {@code 50k}, {@code 1.2m}, {@code 50,000}, {@code 50 000},
 * {@code 12,500.50}, {@code 12.500,50}. Separators must group thousands properly; a lone dot before exactly three
 * digits ({@code 50.000}) could mean 50 or 50 000 and is refused. Bounds and decimals are left to the form's rules.
 */
final class Amounts {
    private static final Pattern SHAPE = Pattern.compile("(\\d[\\d., ]*)([A-Za-z]*)");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    sealed interface Parsed {
    }

    /** {@code moneyShaped}: written as only money is (50k, 50,000, 12.50), not as any number (2026, 1.5). */
    record Amount(BigDecimal value, boolean moneyShaped) implements Parsed {
    }

    /** Looks like an amount but is none; {@code noteworthy} when the rep most likely meant one. */
    record Invalid(boolean noteworthy) implements Parsed {
    }

    record NotANumber() implements Parsed {
    }

    private Amounts() {
    }

    static Parsed parse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches() || m.group(1).endsWith(" ")) {
            return new NotANumber();
        }
        String letters = m.group(2);
        if (!letters.isEmpty() && !letters.matches("[kKmM]+")) {
            return new NotANumber();
        }
        if (letters.length() > 1) {
            return new Invalid(true);
        }
        Parsed number = number(m.group(1), !letters.isEmpty());
        if (letters.isEmpty() || !(number instanceof Amount a)) {
            return number;
        }
        BigDecimal multiplied = a.value().multiply(letters.equalsIgnoreCase("k") ? THOUSAND : MILLION);
        return new Amount(plain(multiplied), true);
    }

    private static Parsed number(String digits, boolean multiplied) {
        if (digits.contains(" ")) {
            return spaced(digits);
        }
        int commas = count(digits, ',');
        int dots = count(digits, '.');
        if (commas == 0 && dots == 0) {
            return new Amount(new BigDecimal(digits), false);
        }
        if (commas > 0 && dots > 0) {
            char decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
            return grouped(digits, decimal == ',' ? '.' : ',', decimal);
        }
        char separator = commas > 0 ? ',' : '.';
        int after = digits.length() - digits.lastIndexOf(separator) - 1;
        if (count(digits, separator) > 1 || after == 3 && !multiplied) {
            boolean grouping = grouping(separator).matcher(digits).matches();
            if (grouping && separator == '.' && count(digits, '.') == 1) {
                return new Invalid(true);  // 50.000: fifty, or fifty thousand?
            }
            return grouping ? new Amount(new BigDecimal(digits.replace(String.valueOf(separator), "")), true)
                    : new Invalid(false);
        }
        return decimal(digits.replace(separator, '.'));
    }

    /** Thousands separated by spaces (50 000, 12 500,50), the last group may carry decimals. */
    private static Parsed spaced(String digits) {
        Matcher last = Pattern.compile("(.*\\d{3})([.,]\\d{1,2})?").matcher(digits);
        if (!last.matches() || !grouping(' ').matcher(last.group(1)).matches()) {
            return new Invalid(false);
        }
        String whole = last.group(1).replace(" ", "");
        return new Amount(new BigDecimal(last.group(2) == null ? whole : whole + "." + last.group(2).substring(1)),
                true);
    }

    private static Parsed grouped(String digits, char group, char decimal) {
        int at = digits.lastIndexOf(decimal);
        String whole = digits.substring(0, at);
        String fraction = digits.substring(at + 1);
        if (!grouping(group).matcher(whole).matches() || fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit)) {
            return new Invalid(true);
        }
        return new Amount(new BigDecimal(whole.replace(String.valueOf(group), "") + "." + fraction), true);
    }

    private static Parsed decimal(String digits) {
        int dot = digits.indexOf('.');
        if (dot == digits.length() - 1 || !digits.substring(dot + 1).chars().allMatch(Character::isDigit)) {
            return new Invalid(false);
        }
        return new Amount(new BigDecimal(digits), digits.length() - dot - 1 == 2);
    }

    private static Pattern grouping(char separator) {
        return Pattern.compile("\\d{1,3}(?:[" + separator + "]\\d{3})+");
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** 1.2m is 1200000, not 1.2E+6 or 1200000.0. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
