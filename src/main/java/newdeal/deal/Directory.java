package newdeal.deal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.AccountContact;
import newdeal.pipeliner.Contact;
import newdeal.pipeliner.Pipeliner;
import newdeal.pipeliner.PipelinerUser;

/**
 * The searches behind the options loads and the owner lookup. Account searches are answered from the
 * {@link AccountIndex} once it is ready, without a call; until then they go to Pipeliner ({@link RemoteSearch}) and,
 * when Pipeliner does not answer by the deadline, what the index loaded so far answers. Every method answers by its
 * deadline, fixed when it is called: on timeout or failure it logs a warning and answers what it has (often nothing),
 * never throws. Recent answers are cached briefly; failures are never cached, so the next keystroke tries again.
 */
public final class Directory {
    static final int MAX_RESULTS = 100;
    static final Duration SEARCH_TTL = Duration.ofSeconds(45);
    /** An account's contacts change rarely, and a rep picks several of them in a row. */
    static final Duration CONTACTS_TTL = Duration.ofMinutes(2);
    static final Duration USER_TTL = Duration.ofMinutes(10);
    static final Duration NO_USER_TTL = Duration.ofMinutes(1);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Pipeliner pipeliner;
    private final Clock clock;
    private final Duration deadline;
    private final AccountIndex index;
    private final RemoteSearch<Account> accountSearches;
    private final RemoteSearch<AccountContact> contacts;
    private final RemoteSearch<Contact> contactSearches;
    private final ShortCache<Optional<Account>> accounts;
    private final ShortCache<Optional<PipelinerUser>> users;

    /** Without an index, each call to Pipeliner on the caller's thread. */
    public Directory(Pipeliner pipeliner, Clock clock, Duration deadline) {
        this(pipeliner, clock, deadline, new AccountIndex(), Runnable::run);
    }

    /** {@code searches}: the bounded pool Pipeliner searches run on, never shared with other work. */
    public Directory(Pipeliner pipeliner, Clock clock, Duration deadline, AccountIndex index, Executor searches) {
        this.pipeliner = pipeliner;
        this.clock = clock;
        this.deadline = deadline;
        this.index = index;
        this.accountSearches = new RemoteSearch<>("account search", searches, clock, deadline, SEARCH_TTL,
                MAX_RESULTS, this::askForAccounts, Account::name);
        this.contacts = new RemoteSearch<>("contacts of an account", searches, clock, deadline, CONTACTS_TTL,
                MAX_RESULTS, (id, by) -> pipeliner.contactsOfAccount(id, by).stream().limit(MAX_RESULTS).toList(),
                null);
        this.contactSearches = new RemoteSearch<>("contact search", searches, clock, deadline, SEARCH_TTL,
                MAX_RESULTS, (q, by) -> pipeliner.searchContacts(q, MAX_RESULTS, by), Contact::formattedName);
        this.accounts = new ShortCache<>(clock, r -> SEARCH_TTL);
        this.users = new ShortCache<>(clock, user -> user.isPresent() ? USER_TTL : NO_USER_TTL);
    }

    /**
     * At most 100 accounts for the query. From the index: ranked as {@link AccountIndex#search} says. From
     * Pipeliner: the account whose email1 is the query when it looks like an email, first, then those whose name
     * contains it (ignoring case), deduplicated by id.
     */
    public List<Account> searchAccounts(String query) {
        String q = trimmed(query);
        if (q.isEmpty()) {
            return List.of();
        }
        if (index.ready()) {
            return index.search(q, MAX_RESULTS);
        }
        return accountSearches.search(key(q), q, !EMAIL.matcher(q).matches())
                .orElseGet(() -> index.search(q, MAX_RESULTS));
    }

    private List<Account> askForAccounts(String q, Instant by) {
        Map<String, Account> merged = new LinkedHashMap<>();
        if (EMAIL.matcher(q).matches()) {
            pipeliner.findAccountByEmail(q, by).ifPresent(a -> merged.put(a.id(), a));
        }
        pipeliner.searchAccounts(q, MAX_RESULTS, by).forEach(a -> merged.putIfAbsent(a.id(), a));
        return merged.values().stream().limit(MAX_RESULTS).toList();
    }

    /**
     * The accounts named in a text such as the one after {@code /new-deal} (see {@link AccountIndex#namedIn}); from
     * the index only, never a call: empty while it has not loaded what the text names.
     */
    public List<NamedAccount> accountsNamedIn(String text) {
        return index.namedIn(text);
    }

    /** The account's contacts, primary first (as {@link Pipeliner#contactsOfAccount} orders them), at most 100. */
    public List<AccountContact> contactsOf(String accountId) {
        String id = trimmed(accountId);
        return id.isEmpty() ? List.of() : contacts.search(id, id, false).orElse(List.of());
    }

    /**
     * The account's contacts matching the query as account names match in {@link AccountIndex#search}, by name or
     * email; all of them, primary first, for a blank query.
     */
    public List<AccountContact> contactsOf(String accountId, String query) {
        String q = Fold.fold(query);
        List<AccountContact> all = contactsOf(accountId);
        if (q.isEmpty()) {
            return all;
        }
        return all.stream().map(c -> new Ranked(c, tier(q, c.contact()))).filter(r -> r.tier() != Matching.NONE)
                .sorted(Comparator.comparingInt(Ranked::tier)).map(Ranked::contact).toList();
    }

    private record Ranked(AccountContact contact, int tier) {
    }

    private static int tier(String q, Contact contact) {
        int byName = Matching.tier(q, Fold.fold(name(contact)));
        int byEmail = Matching.tier(q, Fold.fold(contact.email1()));
        return byName == Matching.NONE ? byEmail : byEmail == Matching.NONE ? byName : Math.min(byName, byEmail);
    }

    private static String name(Contact contact) {
        if (contact.formattedName() != null && !contact.formattedName().isBlank()) {
            return contact.formattedName();
        }
        return (contact.firstName() == null ? "" : contact.firstName()) + " "
                + (contact.lastName() == null ? "" : contact.lastName());
    }

    /** Contacts whose name contains the query, ignoring case; at most 100. */
    public List<Contact> searchContacts(String query) {
        String q = trimmed(query);
        return q.isEmpty() ? List.of() : contactSearches.search(key(q), q, true).orElse(List.of());
    }

    /** From the index when it holds the account; otherwise Pipeliner's answer, cached briefly. */
    public Optional<Account> account(String id) {
        String accountId = trimmed(id);
        if (accountId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> indexed = index.byId(accountId);
        if (indexed.isPresent()) {
            return indexed;
        }
        return accounts.get(accountId, () -> pipeliner.getAccount(accountId, deadlineFromNow()),
                "account " + accountId, Optional.empty());
    }

    /** The Pipeliner user with this email, ignoring case; cached for minutes ("no such user" for a shorter time). */
    public Optional<PipelinerUser> userByEmail(String email) {
        String e = trimmed(email);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        return users.get(key(e), () -> pipeliner.findUserByEmail(e, deadlineFromNow()), "user lookup",
                Optional.empty());
    }

    private Instant deadlineFromNow() {
        return clock.instant().plus(deadline);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    private static String key(String query) {
        return query.toLowerCase(Locale.ROOT);
    }
}
