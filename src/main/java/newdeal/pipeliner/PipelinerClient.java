package newdeal.pipeliner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * {@link Pipeliner} over HTTP: Pipeliner's REST API v100 (see ../shared/pipeliner/API.md). Built with
 * {@link #builder()}; thread-safe; every method honours its deadline and fails only with {@link PipelinerException}
 * (or {@link IllegalArgumentException} for arguments it refuses before sending anything).
 */
public final class PipelinerClient implements Pipeliner {
    /** What an account index holds of each account, and what tells a change. */
    static final String INDEXED_FIELDS = "id,name,formatted_name,email1,city,owner_id,modified,is_deleted";

    private final HttpUrl entities;
    private final Transport transport;
    private final Pages pages;
    private final OpportunityCreator creator;
    private final OpenOpportunities open;
    private final AccountCreator accountCreator;

    PipelinerClient(HttpUrl entities, Transport transport, Pages pages, Duration clockSkew) {
        this.entities = entities;
        this.transport = transport;
        this.pages = pages;
        this.creator = new OpportunityCreator(transport, pages, entity("Opportunities").build(), clockSkew);
        this.open = new OpenOpportunities(entities, pages);
        this.accountCreator = new AccountCreator(transport, pages, entity("Accounts").build(), clockSkew);
    }

    public static PipelinerClientBuilder builder() {
        return new PipelinerClientBuilder();
    }

    @Override
    public Optional<PipelinerUser> findUserByEmail(String email, Instant deadline) {
        HttpUrl url = entity("Clients")
                .addQueryParameter("filter[email]", required(email, "email"))
                .addQueryParameter("filter-op[email]", "ieq").build();
        return pages.first(url, 10, Wire.ClientDto.class, deadline).stream()
                .filter(c -> c.live() && email.trim().equalsIgnoreCase(c.email()))
                .findFirst().map(Wire.ClientDto::toUser);
    }

    @Override
    public List<PipelinerUser> listUsers(Instant deadline) {
        return pages.all(entity("Clients").build(), Wire.ClientDto.class, deadline).stream()
                .filter(Wire.ClientDto::live).map(Wire.ClientDto::toUser).toList();
    }

    @Override
    public List<Pipeline> listPipelines(Instant deadline) {
        HttpUrl url = entity("Pipelines").addQueryParameter("expand", "steps")
                .addQueryParameter("order-by", "name").build();
        return pages.all(url, Wire.PipelineDto.class, deadline).stream().map(Wire.PipelineDto::toPipeline).toList();
    }

    @Override
    public List<OpportunityType> listOpportunityTypes(Instant deadline) {
        return pages.all(entity("OpportunityTypes").build(), Wire.TypeDto.class, deadline).stream()
                .map(Wire.TypeDto::toType).toList();
    }

    @Override
    public List<Currency> listCurrencies(Instant deadline) {
        return pages.all(entity("Currencies").build(), Wire.CurrencyDto.class, deadline).stream()
                .map(Wire.CurrencyDto::toCurrency).toList();
    }

    @Override
    public List<Account> searchAccounts(String text, int limit, Instant deadline) {
        HttpUrl.Builder url = entity("Accounts").addQueryParameter("order-by", "name");
        if (text != null && !text.isBlank()) {
            url.addQueryParameter("filter[name]", text.trim()).addQueryParameter("filter-op[name]", "icontains");
        }
        return pages.first(url.build(), limit, Wire.AccountDto.class, deadline).stream()
                .map(Wire.AccountDto::toAccount).toList();
    }

    @Override
    public Optional<Account> findAccountByEmail(String email, Instant deadline) {
        HttpUrl url = entity("Accounts")
                .addQueryParameter("filter[email1]", required(email, "email"))
                .addQueryParameter("filter-op[email1]", "ieq").build();
        return pages.first(url, 1, Wire.AccountDto.class, deadline).stream()
                .findFirst().map(Wire.AccountDto::toAccount);
    }

    @Override
    public Optional<Account> getAccount(String id, Instant deadline) {
        Request request = get(entity("Accounts").addPathSegment(required(id, "account id")).build());
        Optional<Wire.One<Wire.AccountDto>> found = transport.getIfExists(request,
                transport.one(Wire.AccountDto.class), deadline);
        return found.map(one -> one.data().toAccount());
    }

    @Override
    public AccountPage accountsPage(Instant changedSince, String after, Instant deadline) {
        HttpUrl.Builder url = entity("Accounts").addQueryParameter("load-only", INDEXED_FIELDS);
        if (changedSince != null) {
            url.addQueryParameter("filter[modified]", Timestamps.forFilter(changedSince))
                    .addQueryParameter("filter-op[modified]", "gte")
                    .addQueryParameter("include-deleted", "true")
                    .addQueryParameter("order-by", "modified");
        }
        Wire.Page<Wire.AccountDto> page = pages.page(url.build(), Pages.MAX_PAGE_SIZE, after, Wire.AccountDto.class,
                deadline);
        boolean more = page.pageInfo() != null && page.pageInfo().more() && !page.data().isEmpty();
        return new AccountPage(page.data().stream().map(Wire.AccountDto::toChange).toList(),
                more ? page.pageInfo().endCursor() : null, page.total());
    }

    @Override
    public Optional<Instant> lastAccountChange(Instant deadline) {
        HttpUrl url = entity("Accounts").addQueryParameter("load-only", "id,modified")
                .addQueryParameter("include-deleted", "true")
                .addQueryParameter("order-by", "-modified").build();
        return pages.first(url, 1, Wire.AccountDto.class, deadline).stream().findFirst()
                .map(Wire.AccountDto::toChange).map(AccountChange::modified);
    }

    /** The opportunity with this id, or empty when Pipeliner has none (404). */
    public Optional<Opportunity> getOpportunity(String id, Instant deadline) {
        Request request = get(entity("Opportunities").addPathSegment(required(id, "opportunity id")).build());
        Optional<Wire.One<Wire.OpportunityDto>> found = transport.getIfExists(request,
                transport.one(Wire.OpportunityDto.class), deadline);
        return found.map(one -> one.data().toOpportunity());
    }

    /** One page, so a long list cannot eat a search's deadline; Pipeliner puts the primary first, so it is on it. */
    @Override
    public List<AccountContact> contactsOfAccount(String accountId, Instant deadline) {
        HttpUrl url = entity("ContactAccountRelations")
                .addQueryParameter("filter[account_id]", required(accountId, "account id"))
                .addQueryParameter("expand", "contact")
                .addQueryParameter("order-by", "-is_primary").build();
        return pages.first(url, Pages.MAX_PAGE_SIZE, Wire.RelationDto.class, deadline).stream()
                .filter(r -> r.contact() != null)
                .map(Wire.RelationDto::toAccountContact)
                .toList();
    }

    @Override
    public List<Contact> searchContacts(String text, int limit, Instant deadline) {
        HttpUrl.Builder url = entity("Contacts");
        if (text != null && !text.isBlank()) {
            url.addQueryParameter("filter[formatted_name]", text.trim())
                    .addQueryParameter("filter-op[formatted_name]", "icontains");
        }
        return pages.first(url.build(), limit, Wire.ContactDto.class, deadline).stream()
                .map(Wire.ContactDto::toContact).toList();
    }

    @Override
    public Opportunity createOpportunity(NewOpportunity opportunity, Instant deadline, Predicate<String> taken) {
        return creator.create(Objects.requireNonNull(opportunity, "opportunity"), deadline,
                Objects.requireNonNull(taken, "taken"));
    }

    /**
     * The account's open opportunities (status 1, not archived), at most {@code limit}, most recently modified
     * first, whatever their relation to it (primary account or not). One listing of its
     * {@code LeadOpptyAccountRelations} with the opportunity expanded, every page of it.
     */
    public List<OpenOpportunity> openOpportunitiesOfAccount(String accountId, int limit, Instant deadline) {
        return open.ofAccount(required(accountId, "account id"), limit, deadline);
    }

    /** The user's open opportunities (status 1, not archived), newest first: one page of at most {@code limit}. */
    public List<OpenOpportunity> openOpportunitiesOwnedBy(String userId, int limit, Instant deadline) {
        return open.ownedBy(required(userId, "user id"), limit, deadline);
    }

    /**
     * Creates the account, never twice (as {@link #createOpportunity}: after a failure that may have reached
     * Pipeliner it looks for it until the deadline instead of sending it again).
     */
    public Account createAccount(NewAccount account, Instant deadline) {
        return accountCreator.create(Objects.requireNonNull(account, "account"), deadline);
    }

    /**
     * The account named exactly {@code name}, owned by {@code ownerId}, created at or after {@code since} (less the
     * clock-skew margin): what an earlier create, whose answer was lost, may have stored.
     */
    public Optional<Account> findAccountCreatedSince(String name, String ownerId, Instant since, Instant deadline) {
        return accountCreator.findCreated(required(name, "name"), required(ownerId, "owner id"), null,
                Objects.requireNonNull(since, "since"), deadline);
    }

    private HttpUrl.Builder entity(String name) {
        return entities.newBuilder().addPathSegment(name);
    }

    private static Request get(HttpUrl url) {
        return new Request.Builder().url(url).get().build();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, not \"" + value + "\"");
        }
        return value.trim();
    }
}
