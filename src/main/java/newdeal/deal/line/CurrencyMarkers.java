package newdeal.deal.line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newdeal.pipeliner.Currency;

/**
 * The ways a line can name one of the space's currencies: its ISO code in any case ({@code EUR}, {@code usd}) or its
 * symbol ({@code €}, {@code £}). One symbol may stand for several currencies ({@code $}); a code for just one.
 */
final class CurrencyMarkers {
    private final Map<String, Set<Currency>> byMarker = new LinkedHashMap<>();
    private final List<String> longestFirst;

    CurrencyMarkers(List<Currency> currencies) {
        for (Currency c : currencies) {
            add(c.code(), c);
            add(c.symbol(), c);
        }
        longestFirst = new ArrayList<>(byMarker.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The currencies {@code text} names as a whole, empty when it names none. */
    Set<Currency> named(String text) {
        return byMarker.getOrDefault(key(text), Set.of());
    }

    /** The longest marker {@code text} starts with. */
    Optional<String> prefixOf(String text) {
        return longestFirst.stream().filter(m -> text.length() > m.length() && key(text).startsWith(m)).findFirst()
                .map(m -> text.substring(0, m.length()));
    }

    /** The longest marker {@code text} ends with. */
    Optional<String> suffixOf(String text) {
        return longestFirst.stream().filter(m -> text.length() > m.length() && key(text).endsWith(m)).findFirst()
                .map(m -> text.substring(text.length() - m.length()));
    }

    private void add(String marker, Currency currency) {
        if (marker != null && !marker.isBlank()) {
            byMarker.computeIfAbsent(key(marker.strip()), k -> new LinkedHashSet<>()).add(currency);
        }
    }

    private static String key(String marker) {
        return marker.toUpperCase(Locale.ROOT);
    }

    /** An ISO 4217 code in capitals that the JDK knows: a currency, even if not one of the space's. */
    static boolean isIsoCode(String text) {
        if (!text.matches("[A-Z]{3}")) {
            return false;
        }
        return java.util.Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(text));
    }

    /** A currency sign ({@code ¥}, {@code ₹}) that is none of the space's. */
    static boolean isForeignSign(String text) {
        return text.codePointCount(0, text.length()) == 1 && Character.getType(text.codePointAt(0))
                == Character.CURRENCY_SYMBOL;
    }
}
