package newdeal.pipeliner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates an opportunity without ever making two. Pipeliner's API has no idempotency key, so a create is sent again
 * only when the answer shows it was not processed: the connection never opened, or 429; after a 503 (Service
 * Unavailable) only once a look for it found nothing, since a proxy may answer 503 after forwarding. Any other
 * failure after the request went out is <em>ambiguous</em> (read or call timeout, dropped connection, 500, 502, 504):
 * a Pipeliner slow enough to time out is usually still working and stores the opportunity later, so the creator never
 * sends it again, and looks for it ({@link CreatedLookup}) with backoff until the caller's deadline: found, it is
 * returned; not found by then, the opportunity may exist. When the resends after 503s run out and the last look
 * found nothing, nothing was created. Any other 4xx is final.
 */
final class OpportunityCreator {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Logger log = LoggerFactory.getLogger(OpportunityCreator.class);

    private final Transport transport;
    private final HttpUrl opportunities;
    private final CreatedLookup lookup;

    OpportunityCreator(Transport transport, Pages pages, HttpUrl opportunities, Duration clockSkew) {
        this.transport = transport;
        this.opportunities = opportunities;
        this.lookup = new CreatedLookup(pages, opportunities, clockSkew);
    }

    Opportunity create(NewOpportunity opportunity, Instant deadline, Predicate<String> taken) {
        CreateBody body = CreateBody.of(opportunity);
        Request request = new Request.Builder().url(opportunities).post(json(body)).build();
        CreatedLookup.Sent sent = new CreatedLookup.Sent(body, transport.clock().instant(), taken);
        for (int attempt = 1; ; attempt++) {
            Exchange result = transport.once(request, deadline);
            if (result instanceof Exchange.Answer a && a.ok()) {
                return created(sent, deadline, request, a);
            }
            transport.failures().log(request, result);
            if (result.ambiguous()) {
                return awaitStored(sent, deadline, request, result);
            }
            Optional<Duration> wait = transport.retryWait(result, attempt);
            if (result instanceof Exchange.Answer a && a.serviceUnavailable()) {
                Optional<Opportunity> stored = lookBeforeResending(sent, wait, deadline, request, a, attempt);
                if (stored.isPresent()) {
                    return stored.get();
                }
            } else if (wait.isEmpty()) {
                throw transport.failures().toException(request, result, attempt);
            } else {
                transport.pause(wait.get(), deadline, request, result);
            }
        }
    }

    /** It exists: what the answer tells of it, or, without a readable id, what a look finds. */
    private Opportunity created(CreatedLookup.Sent sent, Instant deadline, Request request, Exchange.Answer answer) {
        Optional<Opportunity> read = CreatedAnswer.read(transport.mapper(), answer.body());
        if (read.isPresent()) {
            return read.get();
        }
        log.warn("Pipeliner answered {} to {} without a readable id; looking the opportunity up", answer.status(),
                Failures.name(request));
        return awaitStored(sent, deadline, request, answer);
    }

    /** After a 503: what a look found; empty when a resend may go ahead; throws when none may. */
    private Optional<Opportunity> lookBeforeResending(CreatedLookup.Sent sent, Optional<Duration> wait, Instant deadline,
                                                      Request request, Exchange last, int attempt) {
        boolean resend = wait.isPresent() && !transport.clock().instant().plus(wait.get()).isAfter(deadline);
        if (resend) {
            transport.pause(wait.get(), deadline, request, last);
        }
        Optional<Opportunity> stored;
        try {
            stored = lookup.find(sent, deadline);
        } catch (PipelinerUnavailableException e) {
            // No look completed, so a resend might make a second one: keep looking instead.
            return Optional.of(awaitStored(sent, deadline, request, last));
        } catch (PipelinerException e) {
            throw couldNotCheck(request, last, e);
        }
        if (stored.isEmpty() && !resend) {
            throw nothingStored(request, last, attempt);
        }
        return stored;
    }

    /** After an ambiguous failure: never sends again; looks, after a backoff each time, until found or the deadline. */
    private Opportunity awaitStored(CreatedLookup.Sent sent, Instant deadline, Request request, Exchange last) {
        PipelinerUnavailableException lookFailed = null;
        for (int look = 1; transport.pauseWithin(transport.backoff(look), deadline, request, last); look++) {
            try {
                Optional<Opportunity> stored = lookup.find(sent, deadline);
                if (stored.isPresent()) {
                    return stored.get();
                }
                lookFailed = null;
            } catch (PipelinerUnavailableException e) {
                lookFailed = e; // Pipeliner is struggling, and may still be storing it: try again until the deadline
            } catch (PipelinerException e) {
                throw couldNotCheck(request, last, e);
            }
        }
        String why = lookFailed == null ? "" : " (the last look failed: " + lookFailed.getMessage() + ")";
        Throwable cause = lookFailed != null ? lookFailed : last instanceof Exchange.Failure f ? f.error() : null;
        throw new PipelinerUnavailableException("Pipeliner did not confirm " + Failures.name(request) + " after "
                + describe(last) + " and the opportunity was not found by the deadline" + why + "; it may exist",
                cause, true);
    }

    private static PipelinerUnavailableException couldNotCheck(Request request, Exchange last, PipelinerException e) {
        return new PipelinerUnavailableException("Could not check whether " + Failures.name(request)
                + " created the opportunity after " + describe(last) + "; it may exist", e, true);
    }

    // Pipeliner was asked after the last failure and holds no such opportunity: report that nothing was created, so
    // the rep may simply try again. (Only a store that lands after that look-up could still surface; no idempotency
    // key exists in Pipeliner's API to close that window.)
    private PipelinerUnavailableException nothingStored(Request request, Exchange last, int attempts) {
        PipelinerException e = transport.failures().toException(request, last, attempts);
        return new PipelinerUnavailableException(e.getMessage() + "; Pipeliner was checked afterwards and holds no"
                + " opportunity matching it", e.getCause(), false);
    }

    private static String describe(Exchange last) {
        if (last instanceof Exchange.Answer a) {
            return "HTTP " + a.status() + (a.ok() ? " without a readable id" : "");
        }
        return "a lost connection";
    }

    private RequestBody json(CreateBody body) {
        try {
            byte[] bytes = transport.mapper().writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsBytes(body);
            return RequestBody.create(bytes, JSON);
        } catch (JsonProcessingException e) {
            // No request exists yet, so nothing was sent: the caller may say plainly that nothing was created.
            throw new IllegalArgumentException("The opportunity cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
