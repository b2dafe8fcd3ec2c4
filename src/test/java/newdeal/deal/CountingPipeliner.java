package newdeal.deal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Passes every call on to the real client and counts them by method, so tests can see what a cache saved; keeps the
 * texts account searches asked for and the pages of account changes; can hold one method's calls at a {@link Gate}.
 */
final class CountingPipeliner implements Pipeliner {
    private final Pipeliner real;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<String> searched = new CopyOnWriteArrayList<>();
    private final List<AccountPage> changePages = new CopyOnWriteArrayList<>();
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    CountingPipeliner(Pipeliner real) {
        this.real = real;
    }

    int calls(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    int total() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The texts {@code searchAccounts} was called with, in order. */
    List<String> searchedTexts() {
        return List.copyOf(searched);
    }

    /** The pages {@code accountsPage} answered when asked for changes (not for every account). */
    List<AccountPage> changePages() {
        return List.copyOf(changePages);
    }

    /** From now on, each call of {@code method} waits at {@code gate} first. */
    void gate(String method, Gate gate) {
        gates.put(method, gate);
    }

    private void count(String method) {
        calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        Gate gate = gates.get(method);
        if (gate != null) {
            gate.pass();
        }
    }

    @Override
    public Optional<PipelinerUser> findUserByEmail(String email, Instant deadline) {
        count("findUserByEmail");
        return real.findUserByEmail(email, deadline);
    }

    @Override
    public List<PipelinerUser> listUsers(Instant deadline) {
        count("listUsers");
        return real.listUsers(deadline);
    }

    @Override
    public List<Pipeline> listPipelines(Instant deadline) {
        count("listPipelines");
        return real.listPipelines(deadline);
    }

    @Override
    public List<OpportunityType> listOpportunityTypes(Instant deadline) {
        count("listOpportunityTypes");
        return real.listOpportunityTypes(deadline);
    }

    @Override
    public List<Currency> listCurrencies(Instant deadline) {
        count("listCurrencies");
        return real.listCurrencies(deadline);
    }

    @Override
    public List<Account> searchAccounts(String text, int limit, Instant deadline) {
        searched.add(text);
        count("searchAccounts");
        return real.searchAccounts(text, limit, deadline);
    }

    @Override
    public Optional<Account> findAccountByEmail(String email, Instant deadline) {
        count("findAccountByEmail");
        return real.findAccountByEmail(email, deadline);
    }

    @Override
    public Optional<Account> getAccount(String id, Instant deadline) {
        count("getAccount");
        return real.getAccount(id, deadline);
    }

    @Override
    public AccountPage accountsPage(Instant changedSince, String after, Instant deadline) {
        count("accountsPage");
        AccountPage page = real.accountsPage(changedSince, after, deadline);
        if (changedSince != null) {
            changePages.add(page);
        }
        return page;
    }

    @Override
    public Optional<Instant> lastAccountChange(Instant deadline) {
        count("lastAccountChange");
        return real.lastAccountChange(deadline);
    }

    @Override
    public List<AccountContact> contactsOfAccount(String accountId, Instant deadline) {
        count("contactsOfAccount");
        return real.contactsOfAccount(accountId, deadline);
    }

    @Override
    public List<Contact> searchContacts(String text, int limit, Instant deadline) {
        count("searchContacts");
        return real.searchContacts(text, limit, deadline);
    }

    @Override
    public Opportunity createOpportunity(NewOpportunity opportunity, Instant deadline, Predicate<String> taken) {
        count("createOpportunity");
        return real.createOpportunity(opportunity, deadline, taken);
    }
}
