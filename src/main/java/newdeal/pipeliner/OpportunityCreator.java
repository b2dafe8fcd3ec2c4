package newdeal.pipeliner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Creates an opportunity without ever making two. A failure is <em>ambiguous</em> when Pipeliner may have stored the
 * opportunity before the answer was lost: an I/O failure after the request went out (read or call timeout, reset),
 * or any 5xx (a gateway may have passed it on; a server may fail after committing). After one, the creator looks for
 * what it may have created (same name and owner, created since the first ambiguous attempt began, minus a clock-skew
 * margin) and returns it if found; only then does it retry, and only after 502, 503, 504 or an I/O failure. When no
 * retry is left and that look-up found nothing, nothing was created; when the look-up itself could not be made, the
 * opportunity may exist. A 429 or a failed connect never reached the store and is simply retried; any other 4xx is
 * final.
 */
final class OpportunityCreator {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final Transport transport;
    private final HttpUrl opportunities;
    private final Duration clockSkew;
    private final Pages pages;

    OpportunityCreator(Transport transport, Pages pages, HttpUrl opportunities, Duration clockSkew) {
        this.transport = transport;
        this.pages = pages;
        this.opportunities = opportunities;
        this.clockSkew = clockSkew;
    }

    Opportunity create(NewOpportunity opportunity, Instant deadline) {
        CreateBody body = CreateBody.of(opportunity);
        Request request = new Request.Builder().url(opportunities).post(json(body)).build();
        Instant ambiguousSince = null;
        for (int attempt = 1; ; attempt++) {
            Instant start = transport.clock().instant();
            Exchange result = send(request, deadline, ambiguousSince != null);
            if (result instanceof Exchange.Answer a && a.ok()) {
                return transport.<Wire.One<Wire.OpportunityDto>>read(request, a.body(), one()).data().toOpportunity();
            }
            transport.failures().log(request, result);
            if (ambiguousSince == null && result.mayHaveActed()) {
                ambiguousSince = start;
            }
            Optional<Duration> wait = transport.retryWait(result, attempt);
            Optional<Opportunity> stored = ambiguousSince == null
                    ? retryBlindly(wait, deadline, request, result, attempt)
                    : lookBeforeRetry(body, ambiguousSince, wait, deadline, request, result, attempt);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
    }

    /** Nothing can have been stored yet: pause and try again, or throw when no retry is left. */
    private Optional<Opportunity> retryBlindly(Optional<Duration> wait, Instant deadline, Request request,
                                               Exchange last, int attempt) {
        if (wait.isEmpty()) {
            throw transport.failures().toException(request, last, attempt);
        }
        transport.pause(wait.get(), deadline, request, last);
        return Optional.empty();
    }

    /** The stored opportunity if found; empty when a retry may go ahead; throws when it may not. */
    private Optional<Opportunity> lookBeforeRetry(CreateBody body, Instant since, Optional<Duration> wait,
                                                  Instant deadline, Request request, Exchange last, int attempt) {
        boolean retry = wait.isPresent() && fits(wait.get(), deadline);
        if (retry) {
            pauseBeforeLooking(wait.get(), deadline, request, last);
        }
        Optional<Opportunity> stored = lookUp(body, since, deadline, request, last);
        if (stored.isEmpty() && !retry) {
            throw nothingStored(request, last, attempt);
        }
        return stored;
    }

    private Exchange send(Request request, Instant deadline, boolean mayExist) {
        try {
            return transport.once(request, deadline);
        } catch (PipelinerUnavailableException e) {
            // The deadline came before this attempt; an earlier ambiguous one may still have created it.
            throw new PipelinerUnavailableException(e.getMessage(), e.getCause(), mayExist);
        }
    }

    private boolean fits(Duration wait, Instant deadline) {
        return !transport.clock().instant().plus(wait).isAfter(deadline);
    }

    // The backoff also gives a slow Pipeliner a moment to finish storing what the lost answer was about.
    private void pauseBeforeLooking(Duration wait, Instant deadline, Request request, Exchange last) {
        try {
            transport.pause(wait, deadline, request, last);
        } catch (PipelinerUnavailableException e) {
            throw new PipelinerUnavailableException(e.getMessage(), e.getCause(), true);
        }
    }

    private Optional<Opportunity> lookUp(CreateBody body, Instant since, Instant deadline, Request request,
                                         Exchange last) {
        HttpUrl query = opportunities.newBuilder()
                .addQueryParameter("filter[name]", body.name())
                .addQueryParameter("filter[owner_id]", body.ownerId())
                .addQueryParameter("filter[created]", Timestamps.forFilter(since.minus(clockSkew)))
                .addQueryParameter("filter-op[created]", "gte")
                .addQueryParameter("order-by", "created")
                .build();
        try {
            List<Wire.OpportunityDto> found = pages.first(query, 10, Wire.OpportunityDto.class, deadline);
            return found.stream()
                    .filter(o -> body.name().equals(o.name()) && body.ownerId().equals(o.ownerId()))
                    .findFirst().map(Wire.OpportunityDto::toOpportunity);
        } catch (PipelinerException e) {
            throw new PipelinerUnavailableException("Could not check whether " + Failures.name(request)
                    + " created the opportunity after " + describe(last) + "; it may exist", e, true);
        }
    }

    // Pipeliner was asked after the last failure and holds no such opportunity: report that nothing was created, so
    // the rep may simply try again. (Only a store that lands after that look-up could still surface; no idempotency
    // key exists in Pipeliner's API to close that window.)
    private PipelinerUnavailableException nothingStored(Request request, Exchange last, int attempts) {
        PipelinerException e = transport.failures().toException(request, last, attempts);
        return new PipelinerUnavailableException(e.getMessage() + "; Pipeliner was checked afterwards and holds no"
                + " opportunity with that name", e.getCause(), false);
    }

    private static String describe(Exchange last) {
        return last instanceof Exchange.Answer a ? "HTTP " + a.status() : "a lost connection";
    }

    private JavaType one() {
        return transport.mapper().getTypeFactory().constructParametricType(Wire.One.class, Wire.OpportunityDto.class);
    }

    private RequestBody json(CreateBody body) {
        try {
            byte[] bytes = transport.mapper().writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsBytes(body);
            return RequestBody.create(bytes, JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the opportunity as JSON", e);
        }
    }
}
