package newdeal.deal.line;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of an account name or of a line, folded so that {@code Müller}, {@code MÜLLER} and {@code müller} are
 * one word: NFC, case folded, with the dots, apostrophes and slashes inside a word dropped ({@code S.p.A.} is
 * {@code spa}, {@code A/S} is {@code as}). Scripts written without spaces (Chinese, Japanese, Thai...) have no word
 * boundaries to find, so there a name's word also matches inside a longer run of the same script.
 */
public final class AccountWords {
    /** Legal forms and articles: they say what kind of company it is, not which one. */
    private static final Set<String> GENERIC = Set.of("the", "corp", "corporation", "inc", "incorporated", "ltd",
            "limited", "llc", "llp", "lp", "plc", "co", "company", "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "se",
            "ug", "sa", "sas", "sarl", "srl", "spa", "sl", "bv", "nv", "oy", "oyj", "ab", "as", "aps", "asa", "kk",
            "pty", "pte", "sro", "kft", "zrt", "doo", "sp", "zoo", "ооо", "оао", "зао", "пао", "ао", "тов", "株式会社",
            "有限会社", "合同会社", "有限公司", "股份有限公司", "公司");
    private static final List<String> GENERIC_AFFIXES = List.of("株式会社", "有限会社", "合同会社", "股份有限公司",
            "有限公司");

    private AccountWords() {
    }

    /** The folded words of {@code text}, in order; punctuation between words separates them. */
    public static List<String> words(String text) {
        return typed(text).stream().map(AccountWords::fold).toList();
    }

    /** The same words as {@link #words}, as typed (not folded). */
    static List<String> typed(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(c);
            } else if (!isInsideWord(c)) {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    /** An account name's words, a legal form written into a word (株式会社さくら) cut off. */
    static List<String> ofName(String name) {
        return words(name).stream().map(AccountWords::withoutAffix).toList();
    }

    static boolean isGeneric(String word) {
        return GENERIC.contains(word);
    }

    /** A word of the line is the name's word, or holds it in a script written without spaces. */
    static boolean same(String lineWord, String nameWord) {
        if (lineWord.equals(nameWord)) {
            return true;
        }
        return nameWord.codePointCount(0, nameWord.length()) >= 2 && unspaced(nameWord) && unspaced(lineWord)
                && lineWord.contains(nameWord);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    // 株式会社さくら is written as one word: the legal form is cut off so that さくら names it.
    private static String withoutAffix(String word) {
        for (String affix : GENERIC_AFFIXES) {
            if (word.length() > affix.length() && word.startsWith(affix)) {
                return word.substring(affix.length());
            }
            if (word.length() > affix.length() && word.endsWith(affix)) {
                return word.substring(0, word.length() - affix.length());
            }
        }
        return word;
    }

    private static boolean unspaced(String word) {
        return word.codePoints().allMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                    || script == Character.UnicodeScript.MYANMAR || c == 'ー';
        });
    }

    private static boolean isInsideWord(int c) {
        return c == '.' || c == '\'' || c == '’' || c == '/';
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
