package newdeal.deal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newdeal.pipeliner.Account;

/**
 * An immutable, searchable copy of the accounts, built for hundreds of thousands of them: their folded names
 * ({@link Fold}) in name order in one string, one name a line. Names starting with the query are one binary search
 * away; later words starting with it, and the query inside a word, are found by scanning that string in name order
 * (the JVM's {@code indexOf} is vectorised) until enough are found; one-typo matches by a pass over the word starts
 * that skips most after comparing a few characters ({@link Words}). Searching never locks.
 */
final class AccountTable {
    static final AccountTable EMPTY = of(List.of());

    private final Account[] accounts;
    private final String text;
    /** Where each name starts in {@link #text}; one more entry, the text's length, closes the last. */
    private final int[] starts;
    private final Words words;
    private final String[] ids;
    private final int[] idOwner;

    private AccountTable(Account[] accounts, String text, int[] starts, String[] ids, int[] idOwner) {
        this.accounts = accounts;
        this.text = text;
        this.starts = starts;
        this.words = Words.of(text, starts);
        this.ids = ids;
        this.idOwner = idOwner;
    }

    static AccountTable of(Collection<Account> accounts) {
        Named[] named = accounts.stream().map(a -> new Named(Fold.fold(a.name()), a))
                .sorted(Comparator.comparing(Named::folded).thenComparing(n -> n.account().id()))
                .toArray(Named[]::new);
        StringBuilder text = new StringBuilder();
        int[] starts = new int[named.length + 1];
        for (int i = 0; i < named.length; i++) {
            starts[i] = text.length();
            text.append(named[i].folded()).append('\n');
        }
        starts[named.length] = text.length();
        Integer[] byId = new Integer[named.length];
        Arrays.setAll(byId, i -> i);
        Arrays.sort(byId, Comparator.comparing(i -> named[i].account().id()));
        return new AccountTable(Arrays.stream(named).map(Named::account).toArray(Account[]::new), text.toString(),
                starts, Arrays.stream(byId).map(i -> named[i].account().id()).toArray(String[]::new),
                Arrays.stream(byId).mapToInt(Integer::intValue).toArray());
    }

    int size() {
        return accounts.length;
    }

    List<Account> accounts() {
        return List.of(accounts);
    }

    Optional<Account> byId(String id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? Optional.empty() : Optional.of(accounts[idOwner[at]]);
    }

    /** Ranked as {@link AccountIndex#search} says; an email query finds its account first. */
    List<Account> search(String query, int limit) {
        String q = Fold.fold(query);
        List<Account> found = new ArrayList<>();
        if (q.isEmpty() || limit < 1) {
            return found;
        }
        BitSet taken = new BitSet(accounts.length);
        if (query.indexOf('@') > 0) {
            byEmail(query.strip()).ifPresent(i -> take(i, taken, found));
        }
        for (int i = firstNameFrom(q); i < accounts.length && found.size() < limit && nameStartsWith(i, q); i++) {
            take(i, taken, found);
        }
        scan(" " + q, limit, taken, found);
        scan(q, limit, taken, found);
        if (q.length() >= Matching.TYPO_MIN_LENGTH && found.size() < limit) {
            words.typos(q, text, starts, owner -> !taken.get(owner), owner -> take(owner, taken, found),
                    () -> found.size() >= limit);
        }
        return found;
    }

    /** Adds, in name order, the names holding {@code needle} that are not taken yet. */
    private void scan(String needle, int limit, BitSet taken, List<Account> found) {
        for (int at = text.indexOf(needle); at >= 0 && found.size() < limit; ) {
            int owner = ownerOf(at);
            if (!taken.get(owner)) {
                take(owner, taken, found);
            }
            at = text.indexOf(needle, starts[owner + 1] - 1);
        }
    }

    private Optional<Integer> byEmail(String email) {
        for (int i = 0; i < accounts.length; i++) {
            if (email.equalsIgnoreCase(accounts[i].email1())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void take(int owner, BitSet taken, List<Account> found) {
        taken.set(owner);
        found.add(accounts[owner]);
    }

    /** See {@link AccountIndex#namedIn}. */
    List<NamedAccount> namedIn(String text) {
        return NameFinder.find(text, this);
    }

    /** The names that are {@code words} or start with {@code words} and a space, each with its index. */
    List<Integer> namesStartingWithWords(String words) {
        List<Integer> names = new ArrayList<>();
        for (int i = firstNameFrom(words); i < accounts.length && nameStartsWith(i, words); i++) {
            char after = text.charAt(starts[i] + words.length());
            if (after == ' ' || after == '\n') {
                names.add(i);
            }
        }
        return names;
    }

    String foldedName(int name) {
        return text.substring(starts[name], starts[name + 1] - 1);
    }

    Account account(int name) {
        return accounts[name];
    }

    private boolean nameStartsWith(int name, String q) {
        return text.startsWith(q, starts[name]);
    }

    private int ownerOf(int at) {
        return Words.nameAt(starts, at);
    }

    /** The first name not before {@code q} in name order. */
    private int firstNameFrom(String q) {
        int lo = 0;
        int hi = accounts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareName(starts[mid], q) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The name from {@code at} compared with {@code q} over q's length; a name that ends first is smaller. */
    private int compareName(int at, String q) {
        for (int i = 0; i < q.length(); i++) {
            char c = text.charAt(at + i);
            if (c != q.charAt(i)) {
                return c == '\n' ? -1 : Character.compare(c, q.charAt(i));
            }
        }
        return 0;
    }

    private record Named(String folded, Account account) {
    }
}
