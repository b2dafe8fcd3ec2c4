package newdeal.deal.line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newdeal.pipeliner.Account;

/**
 * Picks the account a deal name names, by whole words. An account is named when its first distinctive word (the
 * brand: "Globex" in "Globex UK Ltd") is in the line; the match then grows over the name's neighbouring words as far
 * as the line follows them. A match of every distinctive word beats a partial one ("Globex renewal" names Globex
 * Corporation rather than Globex UK Ltd), then more words matched beat fewer; equally good matches are ambiguous.
 */
final class AccountRanking {
    /** How well one account is named: all its distinctive words or not, how many, how many words in all. */
    record Score(boolean complete, int distinctive, int words, int from, int to) implements Comparable<Score> {
        private static final Comparator<Score> ORDER = Comparator.comparing(Score::complete)
                .thenComparingInt(Score::distinctive).thenComparingInt(Score::words);

        @Override
        public int compareTo(Score other) {
            return ORDER.compare(this, other);
        }
    }

    private AccountRanking() {
    }

    static AccountPick pick(String dealName, List<Account> candidates) {
        List<String> typed = AccountWords.typed(dealName);
        List<String> line = typed.stream().map(AccountWords::fold).toList();
        Map<String, Account> distinct = new LinkedHashMap<>();
        candidates.stream().filter(a -> a.id() != null && a.name() != null).forEach(a -> distinct.putIfAbsent(a.id(), a));
        Map<Account, Score> best = best(line, distinct.values());
        if (best.isEmpty()) {
            return AccountPick.none();
        }
        if (best.size() == 1) {
            return new AccountPick.Chosen(best.keySet().iterator().next());
        }
        List<Account> tied = new ArrayList<>(best.keySet());
        tied.sort(Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER));
        Score first = best.values().iterator().next();
        boolean sameWords = best.values().stream().allMatch(s -> s.from() == first.from() && s.to() == first.to());
        return new AccountPick.Ambiguous(sameWords ? String.join(" ", typed.subList(first.from(), first.to())) : "",
                tied);
    }

    /** The accounts with the best score, all of them when several tie. */
    private static Map<Account, Score> best(List<String> line, Iterable<Account> accounts) {
        Map<Account, Score> top = new LinkedHashMap<>();
        for (Account account : accounts) {
            Optional<Score> score = score(line, AccountWords.ofName(account.name()));
            int versus = score.isEmpty() ? -1 : top.isEmpty() ? 1 : score.get().compareTo(top.values().iterator().next());
            if (versus > 0) {
                top.clear();
            }
            if (versus >= 0) {
                top.put(account, score.get());
            }
        }
        return top;
    }

    /** The best match of the name anywhere in the line; empty when its brand word is not there. */
    static Optional<Score> score(List<String> line, List<String> name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> distinctive = distinctiveIndexes(name);
        int brand = distinctive.get(0);
        Optional<Score> best = Optional.empty();
        for (int at = 0; at < line.size(); at++) {
            if (!AccountWords.same(line.get(at), name.get(brand))) {
                continue;
            }
            int before = 0;
            while (brand - before > 0 && at - before > 0
                    && AccountWords.same(line.get(at - before - 1), name.get(brand - before - 1))) {
                before++;
            }
            int after = 0;
            while (brand + after + 1 < name.size() && at + after + 1 < line.size()
                    && AccountWords.same(line.get(at + after + 1), name.get(brand + after + 1))) {
                after++;
            }
            int first = brand - before;
            int last = brand + after;
            int covered = (int) distinctive.stream().filter(i -> i >= first && i <= last).count();
            Score score = new Score(covered == distinctive.size(), covered, last - first + 1, at - before,
                    at + after + 1);
            if (best.isEmpty() || score.compareTo(best.get()) > 0) {
                best = Optional.of(score);
            }
        }
        return best;
    }

    private static List<Integer> distinctiveIndexes(List<String> name) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < name.size(); i++) {
            if (!AccountWords.isGeneric(name.get(i))) {
                indexes.add(i);
            }
        }
        if (indexes.isEmpty()) {
            for (int i = 0; i < name.size(); i++) {
                indexes.add(i);
            }
        }
        return indexes;
    }
}
