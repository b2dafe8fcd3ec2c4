package newdeal.slack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import newdeal.deal.Catalog;
import newdeal.pipeliner.Account;
import newdeal.pipeliner.AccountChange;
import newdeal.pipeliner.AccountContact;
import newdeal.pipeliner.AccountPage;
import newdeal.pipeliner.Contact;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.NewOpportunity;
import newdeal.pipeliner.Opportunity;
import newdeal.pipeliner.OpportunityType;
import newdeal.pipeliner.Pipeline;
import newdeal.pipeliner.Pipeliner;
import newdeal.pipeliner.PipelinerUser;

/**
 * A Pipeliner that answers from fixed lists: a catalog, and the accounts every search finds. Creates nothing, and
 * counts the creates it was asked for.
 */
final class ListedPipeliner implements Pipeliner {
    private final Catalog catalog;
    private final List<Account> accounts;
    private final AtomicInteger creates = new AtomicInteger();

    ListedPipeliner(Catalog catalog, List<Account> accounts) {
        this.catalog = catalog;
        this.accounts = List.copyOf(accounts);
    }

    @Override
    public Optional<PipelinerUser> findUserByEmail(String email, Instant deadline) {
        return catalog.users().stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
    }

    @Override
    public List<PipelinerUser> listUsers(Instant deadline) {
        return catalog.users();
    }

    @Override
    public List<Pipeline> listPipelines(Instant deadline) {
        return catalog.pipelines();
    }

    @Override
    public List<OpportunityType> listOpportunityTypes(Instant deadline) {
        return catalog.types();
    }

    @Override
    public List<Currency> listCurrencies(Instant deadline) {
        return catalog.currencies();
    }

    @Override
    public List<Account> searchAccounts(String text, int limit, Instant deadline) {
        return accounts.stream().limit(limit).toList();
    }

    @Override
    public Optional<Account> findAccountByEmail(String email, Instant deadline) {
        return Optional.empty();
    }

    @Override
    public Optional<Account> getAccount(String id, Instant deadline) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Every account, 100 a page, none ever deleted or changed. */
    @Override
    public AccountPage accountsPage(Instant changedSince, String after, Instant deadline) {
        if (changedSince != null) {
            return new AccountPage(List.of(), null, 0);
        }
        int from = after == null ? 0 : Integer.parseInt(after);
        int to = Math.min(accounts.size(), from + 100);
        return new AccountPage(accounts.subList(from, to).stream().map(a -> new AccountChange(a, false, Instant.EPOCH))
                .toList(), to < accounts.size() ? Integer.toString(to) : null, accounts.size());
    }

    @Override
    public Optional<Instant> lastAccountChange(Instant deadline) {
        return accounts.isEmpty() ? Optional.empty() : Optional.of(Instant.EPOCH);
    }

    @Override
    public List<AccountContact> contactsOfAccount(String accountId, Instant deadline) {
        return List.of();
    }

    @Override
    public List<Contact> searchContacts(String text, int limit, Instant deadline) {
        return List.of();
    }

    @Override
    public Opportunity createOpportunity(NewOpportunity opportunity, Instant deadline, Predicate<String> taken) {
        creates.incrementAndGet();
        throw new UnsupportedOperationException("the lists create nothing");
    }

    int creates() {
        return creates.get();
    }
}
