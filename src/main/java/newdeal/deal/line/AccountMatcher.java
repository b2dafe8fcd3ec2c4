package newdeal.deal.line;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newdeal.pipeliner.Account;

/**
 * Finds the accounts a deal name may be naming. It may be loose (any account sharing a word, or one Pipeliner search
 * by a word of it): the {@link LineReader} keeps only whole-word matches and picks the best. It gets the line's deal
 * name, what is left once the value, currency and date are taken out, never the amounts or dates.
 */
@FunctionalInterface
public interface AccountMatcher {

    List<Account> candidates(String dealName);

    /** Finds nothing: for a line read before any account can be searched. */
    static AccountMatcher none() {
        return name -> List.of();
    }

    /** Over accounts already in memory: those sharing a word with the name, as {@link AccountWords} folds them. */
    static AccountMatcher over(Collection<Account> accounts) {
        List<Account> all = List.copyOf(accounts);
        return name -> {
            List<String> lineWords = AccountWords.words(name);
            return all.stream().filter(a -> sharesAWord(lineWords, AccountWords.ofName(a.name()))).toList();
        };
    }

    private static boolean sharesAWord(List<String> lineWords, List<String> nameWords) {
        Set<String> distinct = new HashSet<>(nameWords);
        return distinct.stream().anyMatch(n -> lineWords.stream().anyMatch(w -> AccountWords.same(w, n)));
    }
}
