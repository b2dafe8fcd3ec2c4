package newdeal.pipeliner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Creates an account without ever making two, by the rule {@link OpportunityCreator} follows: the create is sent
 * again only when nothing reached Pipeliner (no connection, or 429); after anything that may have (a timeout, a
 * dropped connection, any 5xx) it is looked for, with backoff, until the deadline, and returned when found. Not
 * found by then, {@link PipelinerUnavailableException#mayHaveReachedPipeliner()} says it may exist.
 */
final class AccountCreator {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int CANDIDATES = 10;

    private final Transport transport;
    private final Pages pages;
    private final HttpUrl accounts;
    private final Duration clockSkew;

    AccountCreator(Transport transport, Pages pages, HttpUrl accounts, Duration clockSkew) {
        this.transport = transport;
        this.pages = pages;
        this.accounts = accounts;
        this.clockSkew = clockSkew;
    }

    Account create(NewAccount account, Instant deadline) {
        ListingWire.AccountBody body = ListingWire.AccountBody.of(account);
        Request request = new Request.Builder().url(accounts).post(json(body)).build();
        Instant since = transport.clock().instant();
        for (int attempt = 1; ; attempt++) {
            Exchange result = transport.once(request, deadline);
            if (result instanceof Exchange.Answer a && a.ok()) {
                Optional<Account> read = read(a.body(), body);
                return read.isPresent() ? read.get() : awaitStored(body, since, deadline, request, result);
            }
            transport.failures().log(request, result);
            if (result.mayHaveActed()) {
                return awaitStored(body, since, deadline, request, result);
            }
            Optional<Duration> wait = transport.retryWait(result, attempt);
            if (wait.isEmpty()) {
                throw transport.failures().toException(request, result, attempt);
            }
            transport.pause(wait.get(), deadline, request, result);
        }
    }

    /** The account of that exact name and owner created since {@code since} (less the clock-skew margin). */
    Optional<Account> findCreated(String name, String ownerId, String email, Instant since, Instant deadline) {
        HttpUrl query = accounts.newBuilder()
                .addQueryParameter("filter[name]", name)
                .addQueryParameter("filter[owner_id]", ownerId)
                .addQueryParameter("filter[created]", Timestamps.forFilter(since.minus(clockSkew)))
                .addQueryParameter("filter-op[created]", "gte")
                .addQueryParameter("order-by", "-created")
                .build();
        return pages.first(query, CANDIDATES, Wire.AccountDto.class, deadline).stream()
                .filter(a -> name.equals(a.name()) && ownerId.equals(a.ownerId())
                        && (email == null || email.equalsIgnoreCase(a.email1())))
                .findFirst().map(Wire.AccountDto::toAccount);
    }

    private Account awaitStored(ListingWire.AccountBody body, Instant since, Instant deadline, Request request,
                                Exchange last) {
        PipelinerUnavailableException lookFailed = null;
        for (int look = 1; transport.pauseWithin(transport.backoff(look), deadline, request, last); look++) {
            try {
                Optional<Account> stored = findCreated(body.name(), body.ownerId(), body.email1(), since, deadline);
                if (stored.isPresent()) {
                    return stored.get();
                }
                lookFailed = null;
            } catch (PipelinerUnavailableException e) {
                lookFailed = e;  // Pipeliner is struggling and may still be storing it: look again until the deadline
            } catch (PipelinerException e) {
                throw new PipelinerUnavailableException("Could not check whether " + Failures.name(request)
                        + " created the account; it may exist", e, true);
            }
        }
        String why = lookFailed == null ? "" : " (the last look failed: " + lookFailed.getMessage() + ")";
        throw new PipelinerUnavailableException("Pipeliner did not confirm " + Failures.name(request)
                + " and the account was not found by the deadline" + why + "; it may exist",
                lookFailed != null ? lookFailed : last instanceof Exchange.Failure f ? f.error() : null, true);
    }

    /** The stored account from a 2xx answer; empty when it holds no readable {@code data.id}. */
    private Optional<Account> read(byte[] answer, ListingWire.AccountBody sent) {
        try {
            JsonNode data = answer.length == 0 ? null : transport.mapper().readTree(answer).get("data");
            if (data == null || !data.path("id").isTextual() || data.path("id").asText().isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(transport.mapper().treeToValue(data, Wire.AccountDto.class).toAccount());
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return Optional.of(new Account(data.path("id").asText(), sent.name(), sent.email1(), null,
                        sent.ownerId()));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private RequestBody json(ListingWire.AccountBody body) {
        try {
            return RequestBody.create(transport.mapper().writeValueAsBytes(Objects.requireNonNull(body)), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the account as JSON", e);
        }
    }
}
