package newdeal.deal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.AccountContact;
import newdeal.pipeliner.Contact;
import newdeal.pipeliner.Pipeliner;
import newdeal.pipeliner.PipelinerUser;

/**
 * The searches behind the options loads and the owner lookup. Every method answers by its deadline (each Pipeliner
 * call gets now + deadline, which the client honours): on timeout or failure it logs a warning and returns empty,
 * never throws. Recent results are cached briefly; failures are never cached, so the next keystroke tries again.
 */
public final class Directory {
    static final int MAX_RESULTS = 100;
    static final Duration SEARCH_TTL = Duration.ofSeconds(45);
    static final Duration USER_TTL = Duration.ofMinutes(10);
    static final Duration NO_USER_TTL = Duration.ofMinutes(1);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Pipeliner pipeliner;
    private final Clock clock;
    private final Duration deadline;
    private final ShortCache<List<Account>> accountSearches;
    private final ShortCache<List<AccountContact>> contacts;
    private final ShortCache<List<Contact>> contactSearches;
    private final ShortCache<Optional<Account>> accounts;
    private final ShortCache<Optional<PipelinerUser>> users;

    public Directory(Pipeliner pipeliner, Clock clock, Duration deadline) {
        this.pipeliner = pipeliner;
        this.clock = clock;
        this.deadline = deadline;
        this.accountSearches = new ShortCache<>(clock, r -> SEARCH_TTL);
        this.contacts = new ShortCache<>(clock, r -> SEARCH_TTL);
        this.contactSearches = new ShortCache<>(clock, r -> SEARCH_TTL);
        this.accounts = new ShortCache<>(clock, r -> SEARCH_TTL);
        this.users = new ShortCache<>(clock, user -> user.isPresent() ? USER_TTL : NO_USER_TTL);
    }

    /** Name contains the query (ignoring case), plus the account whose email1 is the query when it looks like an
     *  email (listed first); deduplicated by id, at most 100. */
    public List<Account> searchAccounts(String query) {
        String q = trimmed(query);
        if (q.isEmpty()) {
            return List.of();
        }
        return accountSearches.get(key(q), () -> {
            Instant by = deadlineFromNow();
            Map<String, Account> merged = new LinkedHashMap<>();
            if (EMAIL.matcher(q).matches()) {
                pipeliner.findAccountByEmail(q, by).ifPresent(a -> merged.put(a.id(), a));
            }
            pipeliner.searchAccounts(q, MAX_RESULTS, by).forEach(a -> merged.putIfAbsent(a.id(), a));
            return merged.values().stream().limit(MAX_RESULTS).toList();
        }, "account search", List.of());
    }

    /** The account's contacts, primary first (as {@link Pipeliner#contactsOfAccount} orders them), at most 100. */
    public List<AccountContact> contactsOf(String accountId) {
        String id = trimmed(accountId);
        if (id.isEmpty()) {
            return List.of();
        }
        return contacts.get(id, () -> pipeliner.contactsOfAccount(id, deadlineFromNow()).stream()
                .limit(MAX_RESULTS).toList(), "contacts of account " + id, List.of());
    }

    /** Contacts whose name contains the query, ignoring case; at most 100. */
    public List<Contact> searchContacts(String query) {
        String q = trimmed(query);
        if (q.isEmpty()) {
            return List.of();
        }
        return contactSearches.get(key(q), () -> pipeliner.searchContacts(q, MAX_RESULTS, deadlineFromNow()).stream()
                .limit(MAX_RESULTS).toList(), "contact search", List.of());
    }

    public Optional<Account> account(String id) {
        String accountId = trimmed(id);
        if (accountId.isEmpty()) {
            return Optional.empty();
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
