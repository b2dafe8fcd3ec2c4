package newdeal.deal.line;

import java.util.Optional;

/**
 * Words of the line that hold one amount: {@code €50k}, {@code 50 000}, {@code 12,500.50$}, with the currency sign
 * or code written onto it, if any ({@code prefix}, {@code suffix}).
 */
record AmountPiece(int from, int to, Optional<String> prefix, Optional<String> suffix, Amounts.Parsed parsed) {

    /** The amount starting at word {@code i}, thousands written with spaces taking the words after it. */
    static Optional<AmountPiece> at(Line line, int i, CurrencyMarkers markers) {
        String word = line.bare(i);
        Optional<String> prefix = markers.prefixOf(word).or(() -> leadingSign(word));
        String rest = word.substring(prefix.map(String::length).orElse(0));
        Optional<String> suffix = markers.suffixOf(rest).or(() -> trailingSign(rest));
        String number = rest.substring(0, rest.length() - suffix.map(String::length).orElse(0));
        if (number.isEmpty() || !Character.isDigit(number.charAt(0))) {
            return Optional.empty();
        }
        if (suffix.isPresent() || !number.matches("\\d{1,3}")) {
            return Optional.of(new AmountPiece(i, i + 1, prefix, suffix, Amounts.parse(number)));
        }
        return Optional.of(grouped(line, i, prefix, number, markers));
    }

    /** 50 000 typed as two words: the groups of three digits that follow, the last with cents or a sign. */
    private static AmountPiece grouped(Line line, int i, Optional<String> prefix, String first,
                                       CurrencyMarkers markers) {
        int to = i + 1;
        StringBuilder digits = new StringBuilder(first);
        Optional<String> suffix = Optional.empty();
        while (line.free(to) && line.bare(to).matches("\\d{3}([.,]\\d{1,2})?\\D*")) {
            String next = line.bare(to);
            Optional<String> end = markers.suffixOf(next).or(() -> trailingSign(next));
            String group = next.substring(0, next.length() - end.map(String::length).orElse(0));
            if (!group.matches("\\d{3}([.,]\\d{1,2})?")) {
                break;
            }
            digits.append(' ').append(group);
            to++;
            if (end.isPresent() || group.length() > 3) {
                suffix = end;
                break;
            }
        }
        return new AmountPiece(i, to, prefix, suffix, Amounts.parse(digits.toString()));
    }

    boolean hasSign() {
        return prefix.isPresent() || suffix.isPresent();
    }

    private static Optional<String> leadingSign(String word) {
        return word.length() > 1 && CurrencyMarkers.isForeignSign(word.substring(0, 1))
                ? Optional.of(word.substring(0, 1)) : Optional.empty();
    }

    private static Optional<String> trailingSign(String word) {
        return word.length() > 1 && CurrencyMarkers.isForeignSign(word.substring(word.length() - 1))
                ? Optional.of(word.substring(word.length() - 1)) : Optional.empty();
    }
}
