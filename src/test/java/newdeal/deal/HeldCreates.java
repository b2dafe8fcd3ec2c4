package newdeal.deal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newdeal.pipeliner.Account;
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
 * The real client, except that the create of an opportunity named {@link #HELD} waits until {@link #release()}: a
 * create in flight for as long as a test needs one.
 */
final class HeldCreates implements Pipeliner {
    static final String HELD = "Held in flight";
    private final Pipeliner real;
    private final Clock clock;
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);

    HeldCreates(Pipeliner real, Clock clock) {
        this.real = real;
        this.clock = clock;
    }

    void release() {
        released.countDown();
    }

    /** Waits until the held create has reached the client. */
    void awaitHolding() throws InterruptedException {
        if (!holding.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the held create never reached the client");
        }
    }

    @Override
    public Opportunity createOpportunity(NewOpportunity opportunity, Instant deadline, Predicate<String> taken) {
        if (!opportunity.name().equals(HELD)) {
            return real.createOpportunity(opportunity, deadline, taken);
        }
        holding.countDown();
        try {
            if (!released.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // Held longer than any deadline: the create itself gets a fresh one.
        return real.createOpportunity(opportunity, clock.instant().plusSeconds(10), taken);
    }

    @Override
    public Optional<PipelinerUser> findUserByEmail(String email, Instant deadline) {
        return real.findUserByEmail(email, deadline);
    }

    @Override
    public List<PipelinerUser> listUsers(Instant deadline) {
        return real.listUsers(deadline);
    }

    @Override
    public List<Pipeline> listPipelines(Instant deadline) {
        return real.listPipelines(deadline);
    }

    @Override
    public List<OpportunityType> listOpportunityTypes(Instant deadline) {
        return real.listOpportunityTypes(deadline);
    }

    @Override
    public List<Currency> listCurrencies(Instant deadline) {
        return real.listCurrencies(deadline);
    }

    @Override
    public List<Account> searchAccounts(String text, int limit, Instant deadline) {
        return real.searchAccounts(text, limit, deadline);
    }

    @Override
    public Optional<Account> findAccountByEmail(String email, Instant deadline) {
        return real.findAccountByEmail(email, deadline);
    }

    @Override
    public Optional<Account> getAccount(String id, Instant deadline) {
        return real.getAccount(id, deadline);
    }

    @Override
    public AccountPage accountsPage(Instant changedSince, String after, Instant deadline) {
        return real.accountsPage(changedSince, after, deadline);
    }

    @Override
    public Optional<Instant> lastAccountChange(Instant deadline) {
        return real.lastAccountChange(deadline);
    }

    @Override
    public List<AccountContact> contactsOfAccount(String accountId, Instant deadline) {
        return real.contactsOfAccount(accountId, deadline);
    }

    @Override
    public List<Contact> searchContacts(String text, int limit, Instant deadline) {
        return real.searchContacts(text, limit, deadline);
    }
}
