package newdeal.deal;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * The word starts of {@link AccountTable}'s text in text (so name) order, each with the letters of its first
 * characters: what the one-typo pass needs to skip most words after reading two characters and one {@code long}.
 */
final class Words {
    /** How many characters from a word start its letters cover. */
    static final int SIGNATURE_CHARS = 12;

    private final int[] at;
    private final long[] letters;

    private Words(int[] at, long[] letters) {
        this.at = at;
        this.letters = letters;
    }

    /** {@code text}: folded names, one a line; {@code starts}: where each begins, plus the text's length. */
    static Words of(String text, int[] starts) {
        int count = 0;
        for (int p = 0; p < text.length(); p++) {
            count += isWordStart(text, p) ? 1 : 0;
        }
        int[] at = new int[count];
        long[] letters = new long[count];
        int w = 0;
        int name = 0;
        for (int p = 0; p < text.length(); p++) {
            if (isWordStart(text, p)) {
                while (starts[name + 1] <= p) {
                    name++;
                }
                at[w] = p;
                letters[w++] = letters(text, p, Math.min(starts[name + 1] - 1, p + SIGNATURE_CHARS));
            }
        }
        return new Words(at, letters);
    }

    /**
     * Offers, in name order, the names with a word that starts with {@code q} but for one typo ({@link Matching}):
     * each {@code wanted} one is given to {@code take}, until {@code full}.
     */
    void typos(String q, String text, int[] starts, IntPredicate wanted, IntConsumer take, BooleanSupplier full) {
        long needed = letters(q, 0, Math.min(q.length(), SIGNATURE_CHARS - 1));
        char q0 = q.charAt(0);
        char q1 = q.charAt(1);
        for (int w = 0; w < at.length; w++) {
            // Cheapest first: one long from an array read in order, then two characters; both necessary for one typo
            // (at most one of the query's letters missing; the first or the second character in its place).
            if (Long.bitCount(needed & ~letters[w]) > 1) {
                continue;
            }
            int p = at[w];
            char t0 = text.charAt(p);
            char t1 = text.charAt(p + 1);
            if (t0 != q0 && t0 != q1 && t1 != q0 && t1 != q1) {
                continue;
            }
            int name = nameAt(starts, p);
            if (wanted.test(name) && Matching.oneEdit(q, text, p, starts[name + 1] - 1)) {
                take.accept(name);
                if (full.getAsBoolean()) {
                    return;
                }
            }
        }
    }

    /** The name holding text position {@code p}. */
    static int nameAt(int[] starts, int p) {
        int i = Arrays.binarySearch(starts, p);
        return i >= 0 ? i : -i - 2;
    }

    /** One bit per letter or digit (others share the rest) found in {@code text[from, to)}. */
    static long letters(String text, int from, int to) {
        long bits = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
            bits |= 1L << bit;
        }
        return bits;
    }

    private static boolean isWordStart(String text, int p) {
        char c = text.charAt(p);
        return c != ' ' && c != '\n' && (p == 0 || text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\n');
    }
}
