package newdeal.deal;

import java.math.BigDecimal;
import java.util.Optional;
import newdeal.pipeliner.Currency;

/**
 * The deal's value as Pipeliner can store it: 0 or more, below 10^15 (it keeps amounts as doubles), with at most the
 * currency's decimals (ISO 4217 when the catalog's currency has such a code: 0 for JPY, 3 for BHD; otherwise 2).
 * Checked by the number's digits and exponent alone, so that no huge string is ever built from {@code 1e99999999}.
 */
final class Amounts {
    /** Digits before the decimal point Pipeliner can take: |value| < 10^15. */
    static final int MAX_WHOLE_DIGITS = 15;
    static final int DEFAULT_DECIMALS = 2;

    private Amounts() {
    }

    /** Empty when Pipeliner can take the value; otherwise a sentence for the rep, quoting at most 30 characters. */
    static Optional<String> problem(BigDecimal value, Optional<Currency> currency) {
        if (value.signum() < 0) {
            return Optional.of("Enter an amount of 0 or more, not " + shown(value) + ".");
        }
        if (value.signum() > 0 && value.precision() - value.scale() > MAX_WHOLE_DIGITS) {
            return Optional.of("Enter an amount below 1,000,000,000,000,000, not " + shown(value) + ".");
        }
        int decimals = decimals(currency);
        if (value.signum() > 0 && value.stripTrailingZeros().scale() > decimals) {
            String code = currency.map(Currency::code).orElse(null);
            String unit = code == null ? "" : " for " + code;
            return Optional.of((decimals == 0 ? "Enter a whole amount" + unit + " (no decimals)"
                    : "Enter at most " + decimals + " decimals" + unit) + ", not " + shown(value) + ".");
        }
        return Optional.empty();
    }

    static int decimals(Optional<Currency> currency) {
        return currency.map(Currency::code).flatMap(Amounts::isoDecimals).orElse(DEFAULT_DECIMALS);
    }

    private static Optional<Integer> isoDecimals(String code) {
        try {
            int digits = java.util.Currency.getInstance(code.strip()).getDefaultFractionDigits();
            return digits < 0 ? Optional.empty() : Optional.of(digits);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty(); // not an ISO 4217 code
        }
    }

    // toString, not toPlainString: scientific notation for extreme exponents, so the text stays as short as the digits.
    private static String shown(BigDecimal value) {
        String text = value.toString();
        return text.codePointCount(0, text.length()) <= TypedText.QUOTED ? text
                : text.substring(0, text.offsetByCodePoints(0, TypedText.QUOTED)) + "…";
    }
}
