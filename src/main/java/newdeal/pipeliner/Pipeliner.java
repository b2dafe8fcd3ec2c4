package newdeal.pipeliner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The subset of Pipeliner's REST API v100 that new-deal uses. Every call finishes, one way or another, by the
 * {@code deadline} the caller gives; failures are {@link PipelinerException}s.
 * See https://pipelinersales.com/developer/ and ../shared/pipeliner/API.md.
 */
public interface Pipeliner {

    /** The user (a Pipeliner "Client") whose email matches, ignoring case; deleted users are never returned. */
    Optional<PipelinerUser> findUserByEmail(String email, Instant deadline);

    /** Every user that is not deleted, across all pages. */
    List<PipelinerUser> listUsers(Instant deadline);

    /** Every pipeline with its steps in {@code sort_order} (the first step is the lowest). */
    List<Pipeline> listPipelines(Instant deadline);

    /** Every opportunity type; a type belongs to at most one pipeline. */
    List<OpportunityType> listOpportunityTypes(Instant deadline);

    /** Every currency; exactly one should be the base currency. */
    List<Currency> listCurrencies(Instant deadline);

    /** Accounts whose name contains {@code text}, ignoring case; at most {@code limit} (≤ 100), ordered by name. */
    List<Account> searchAccounts(String text, int limit, Instant deadline);

    /** The account whose {@code email1} equals {@code email}, ignoring case. */
    Optional<Account> findAccountByEmail(String email, Instant deadline);

    Optional<Account> getAccount(String id, Instant deadline);

    /**
     * One page (up to 100) of the accounts an index holds. With {@code changedSince} null: every live account.
     * Otherwise: every account, deleted ones included (flagged), whose {@code modified} is at or after
     * {@code changedSince} (to the second), oldest change first. {@code after}: the previous page's
     * {@link AccountPage#next()}, null for the first page.
     */
    AccountPage accountsPage(Instant changedSince, String after, Instant deadline);

    /** When the most recently changed account, deleted ones included, changed; empty in a space without accounts. */
    Optional<Instant> lastAccountChange(Instant deadline);

    /** The contacts linked to an account, the primary relation first; at most 100 (one page). */
    List<AccountContact> contactsOfAccount(String accountId, Instant deadline);

    /** Contacts whose formatted name contains {@code text}, ignoring case; at most {@code limit} (≤ 100). */
    List<Contact> searchContacts(String text, int limit, Instant deadline);

    /**
     * Creates the opportunity, never twice: after a failure that may have reached Pipeliner (a timeout, a dropped
     * connection, a 5xx) it does not send it again but looks for it until the deadline, and returns it when found;
     * otherwise {@link PipelinerUnavailableException#mayHaveReachedPipeliner()} tells whether it may exist. Throws
     * {@link IllegalArgumentException} when it refuses the opportunity before any request exists: nothing was sent.
     * The look never takes an opportunity whose id {@code taken} accepts (the caller knows it as another create's).
     */
    Opportunity createOpportunity(NewOpportunity opportunity, Instant deadline, Predicate<String> taken);

    /** {@link #createOpportunity(NewOpportunity, Instant, Predicate)} with no opportunity known to be taken. */
    default Opportunity createOpportunity(NewOpportunity opportunity, Instant deadline) {
        return createOpportunity(opportunity, deadline, id -> false);
    }
}
