package newdeal.deal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newdeal.pipeliner.Account;

/**
 * Every live account of the space in memory (id, name, email1, city, owner), so that the account search answers at
 * once, whatever Pipeliner does. {@link AccountSync} fills it page by page at start and keeps it fresh. It is
 * {@link #ready()} once the first load completed and the space holds at most {@value #MAX_ACCOUNTS} accounts;
 * until then (or above that) searches go to Pipeliner, and what is loaded so far only stands in when Pipeliner does
 * not answer in time. Thread-safe: readers see one complete table at a time.
 */
public final class AccountIndex {
    public static final int MAX_ACCOUNTS = 200_000;

    private volatile AccountTable table = AccountTable.EMPTY;
    private volatile String state = IndexStatus.LOADING;
    private volatile Instant freshAt;
    private volatile Outcome last;

    private record Outcome(String result, Instant at) {
    }

    public boolean ready() {
        return IndexStatus.READY.equals(state);
    }

    /**
     * At most {@code limit} accounts matching {@code query}, best first: names starting with it, then names with a
     * later word starting with it, then names holding it elsewhere, then (4+ characters) names with a word starting
     * with it but for one typo; ignoring case and accents; in name order within each. A query that is an account's
     * email1 finds that account first. Before {@link #ready()}, only what is loaded so far.
     */
    public List<Account> search(String query, int limit) {
        return table.search(query, limit);
    }

    public Optional<Account> byId(String id) {
        return table.byId(id);
    }

    /**
     * The accounts named in {@code text}, such as the text after {@code /new-deal}: each account whose whole name
     * stands in it as whole words (ignoring case, accents and punctuation between words), with where it stands;
     * longest names first, then by position. Empty before {@link #ready()} is worth checking.
     */
    public List<NamedAccount> namedIn(String text) {
        return table.namedIn(text);
    }

    public IndexStatus status() {
        Outcome outcome = last;
        return new IndexStatus(state, table.size(), Optional.ofNullable(freshAt),
                Optional.ofNullable(outcome).map(Outcome::result), Optional.ofNullable(outcome).map(Outcome::at));
    }

    AccountTable table() {
        return table;
    }

    /** Part of the first load, to stand in for Pipeliner meanwhile. */
    void loading(AccountTable partial) {
        table = partial;
    }

    /** The first load (or a reload) completed at {@code at}. */
    void loaded(AccountTable loaded, Instant at) {
        table = loaded;
        freshAt = at;
        last = new Outcome(IndexStatus.OK, at);
        state = IndexStatus.READY;
    }

    /** A refresh completed; {@code changed} is null when nothing changed. */
    void refreshed(AccountTable changed, Instant at) {
        if (changed != null) {
            table = changed;
        }
        freshAt = at;
        last = new Outcome(IndexStatus.OK, at);
    }

    /** A load or refresh failed; the accounts held stay as they were. */
    void failed(String reason, Instant at) {
        last = new Outcome(reason, at);
    }

    /** The space holds more than the index keeps: it lets go of what it holds, and searches go to Pipeliner. */
    void overLimit(int limit, int seen, Instant at) {
        state = IndexStatus.OVER_LIMIT;
        table = AccountTable.EMPTY;
        freshAt = null;
        last = new Outcome("the space holds more than " + limit + " accounts (" + seen + " seen)", at);
    }
}
