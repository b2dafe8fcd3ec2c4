package newdeal.deal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the accounts named in a text such as {@code /new-deal Globex renewal 50k}: a name counts when all its words
 * stand in the text, in order, one after the other, each whole; case, accents and the punctuation between words do
 * not matter ({@code globex inc} names "Globex, Inc.").
 */
final class NameFinder {
    private NameFinder() {
    }

    static List<NamedAccount> find(String text, AccountTable table) {
        List<Token> tokens = tokens(text == null ? "" : text);
        Map<String, NamedAccount> found = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int name : table.namesStartingWithWords(tokens.get(i).folded())) {
                String[] words = table.foldedName(name).split(" ");
                if (standsAt(words, tokens, i)) {
                    NamedAccount named = new NamedAccount(table.account(name), tokens.get(i).start(),
                            tokens.get(i + words.length - 1).end());
                    found.merge(named.account().id(), named, NameFinder::longer);
                }
            }
        }
        List<NamedAccount> named = new ArrayList<>(found.values());
        named.sort(Comparator.comparingInt((NamedAccount n) -> n.start() - n.end())
                .thenComparingInt(NamedAccount::start));
        return named;
    }

    private static boolean standsAt(String[] words, List<Token> tokens, int i) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!words[k].equals(tokens.get(i + k).folded())) {
                return false;
            }
        }
        return true;
    }

    private static NamedAccount longer(NamedAccount a, NamedAccount b) {
        return b.end() - b.start() > a.end() - a.start() ? b : a;
    }

    /** The words of {@code text}, each with where it stands and its folded form. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (int p = 0; p < text.length(); ) {
            if (!Fold.isWordPart(text.charAt(p))) {
                p++;
                continue;
            }
            int end = p;
            while (end < text.length() && Fold.isWordPart(text.charAt(end))) {
                end++;
            }
            String folded = Fold.fold(text.substring(p, end));
            if (!folded.isEmpty()) {
                tokens.add(new Token(p, end, folded));
            }
            p = end;
        }
        return tokens;
    }

    private record Token(int start, int end, String folded) {
    }
}
