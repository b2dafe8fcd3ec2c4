package newdeal.deal.line;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line being read: its words as typed (split at white space), and what each has become so far. A word that is
 * used (as the value, the currency, the date or a keyword before it) leaves the deal name; every other word, the
 * ones not understood included, stays in it, in order.
 */
final class Line {
    enum Use { NAME, VALUE, CURRENCY, DATE }

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    // Brackets, quotes, and the marks of Slack's bold, italics, strike and code around a word from a message.
    private static final String OPENERS = "([{\"'“‘«*_~`";
    private static final String CLOSERS = ")]}\"'”’»,;:!?.*_~`";
    private final List<String> typed = new ArrayList<>();
    private final List<Use> uses = new ArrayList<>();

    Line(String text) {
        for (String word : SPACE.split(text == null ? "" : text.strip())) {
            if (!word.isEmpty()) {
                typed.add(word);
                uses.add(Use.NAME);
            }
        }
    }

    int size() {
        return typed.size();
    }

    String typed(int i) {
        return typed.get(i);
    }

    /** The word without the brackets, quotes and punctuation around it: {@code (50k),} is {@code 50k}. */
    String bare(int i) {
        String word = typed.get(i);
        int from = 0;
        int to = word.length();
        while (from < to && OPENERS.indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && CLOSERS.indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(from, to);
    }

    /** Whether word {@code i} exists and is still part of the name. */
    boolean free(int i) {
        return i >= 0 && i < typed.size() && uses.get(i) == Use.NAME;
    }

    boolean free(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!free(i)) {
                return false;
            }
        }
        return from < to;
    }

    void use(int from, int to, Use use) {
        for (int i = from; i < to; i++) {
            uses.set(i, use);
        }
    }

    /** The words from {@code from} to {@code to} as typed, joined by single spaces. */
    String text(int from, int to) {
        return String.join(" ", typed.subList(from, to));
    }

    /** What is left: the deal name, without the separators that joined it to what was taken out. */
    String name() {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            if (uses.get(i) == Use.NAME) {
                kept.add(typed.get(i));
            }
        }
        return String.join(" ", kept).replaceAll("^[\\s,;:|–—-]+|[\\s,;:|–—-]+$", "");
    }
}
