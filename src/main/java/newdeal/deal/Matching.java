package newdeal.deal;

/**
 * How a folded query matches a folded name, best first: {@link #NAME_START} (the name starts with it),
 * {@link #WORD_START} (a later word does), {@link #INSIDE} (somewhere inside a word), {@link #TYPO} (a word starts
 * with it but for one typo: a letter wrong, missing, extra, or two letters swapped; queries of
 * {@value #TYPO_MIN_LENGTH}+ characters only, so that short ones stay precise).
 */
final class Matching {
    static final int NAME_START = 0;
    static final int WORD_START = 1;
    static final int INSIDE = 2;
    static final int TYPO = 3;
    static final int NONE = -1;
    static final int TYPO_MIN_LENGTH = 4;

    private Matching() {
    }

    /** The best way {@code query} matches {@code name}, both folded; {@link #NONE} when it does not. */
    static int tier(String query, String name) {
        if (query.isEmpty()) {
            return NAME_START;
        }
        int first = name.indexOf(query);
        for (int at = first; at >= 0; at = name.indexOf(query, at + 1)) {
            if (isWordStart(name, at)) {
                return at == 0 ? NAME_START : WORD_START;
            }
        }
        if (first >= 0) {
            return INSIDE;
        }
        if (query.length() < TYPO_MIN_LENGTH) {
            return NONE;
        }
        for (int p = 0; p < name.length(); p++) {
            if (isWordStart(name, p) && oneEdit(query, name, p, name.length())) {
                return TYPO;
            }
        }
        return NONE;
    }

    /** In folded text, a word begins at its start and after each space. */
    static boolean isWordStart(String name, int p) {
        return p == 0 || name.charAt(p - 1) == ' ';
    }

    /**
     * Whether {@code query} is, but for at most one typo, what {@code text} holds from {@code from} on (the text may
     * go on after it, up to {@code end}): one character substituted, left out, added, or two neighbours swapped.
     */
    static boolean oneEdit(String query, String text, int from, int end) {
        int n = query.length();
        int i = 0;
        while (i < n && from + i < end && query.charAt(i) == text.charAt(from + i)) {
            i++;
        }
        if (i == n) {
            return true;
        }
        return same(query, i + 1, text, from + i + 1, n - i - 1, end)          // one substituted
                || same(query, i + 1, text, from + i, n - i - 1, end)          // one typed too many
                || same(query, i, text, from + i + 1, n - i, end)              // one left out
                || i + 1 < n && from + i + 1 < end && query.charAt(i) == text.charAt(from + i + 1)
                && query.charAt(i + 1) == text.charAt(from + i)
                && same(query, i + 2, text, from + i + 2, n - i - 2, end);     // two swapped
    }

    private static boolean same(String query, int q, String text, int t, int length, int end) {
        return t + length <= end && text.regionMatches(t, query, q, length);
    }
}
