package newdeal.pipeliner;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends requests within the caller's deadline: no attempt starts and no backoff ends after it, and each call's
 * timeout is the configured one or the time left, whichever is shorter. GETs are retried here; a create decides
 * for itself ({@link OpportunityCreator}), since repeating it may make a second opportunity.
 */
final class Transport {
    /** Worth another try after a pause: rate limited, or a gateway that could not get an answer. */
    static final Set<Integer> TEMPORARY = Set.of(429, 502, 503, 504);

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final RetryPolicy retry;
    private final Duration callTimeout;
    private final Failures failures;

    Transport(OkHttpClient http, ObjectMapper mapper, Clock clock, RetryPolicy retry, Duration callTimeout) {
        this.http = http;
        this.mapper = mapper;
        this.clock = clock;
        this.retry = retry;
        this.callTimeout = callTimeout;
        this.failures = new Failures(mapper);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    Failures failures() {
        return failures;
    }

    Clock clock() {
        return clock;
    }

    /** GET with retries; the answer's body parsed as {@code type}. */
    <T> T get(Request request, JavaType type, Instant deadline) {
        return read(request, getWithRetries(request, deadline, false).body(), type);
    }

    /** Like {@link #get}, but a 404 means "no such entity". */
    <T> Optional<T> getIfExists(Request request, JavaType type, Instant deadline) {
        Exchange.Answer answer = getWithRetries(request, deadline, true);
        return answer.status() == 404 ? Optional.empty() : Optional.of(read(request, answer.body(), type));
    }

    private Exchange.Answer getWithRetries(Request request, Instant deadline, boolean notFoundIsAnswer) {
        for (int attempt = 1; ; attempt++) {
            Exchange result = onceOrCancelled(request, deadline);
            if (result instanceof Exchange.Answer a && (a.ok() || notFoundIsAnswer && a.status() == 404)) {
                return a;
            }
            failures.log(request, result);
            Optional<Duration> wait = retryWait(result, attempt);
            if (wait.isEmpty()) {
                throw failures.toException(request, result, attempt);
            }
            pause(wait.get(), deadline, request, result);
        }
    }

    /** One attempt, bounded by the deadline; I/O failures come back as {@link Exchange.Failure}. */
    Exchange once(Request request, Instant deadline) {
        Duration left = timeLeft(deadline);
        if (left.isZero()) {
            throw failures.deadlinePassed(request, null);
        }
        AtomicBoolean sent = new AtomicBoolean();
        Call call = http.newCall(request.newBuilder().tag(AtomicBoolean.class, sent).build());
        long millis = Math.max(1, Math.min(callTimeout.toMillis(), left.toMillis()));
        call.timeout().timeout(millis, TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            return new Exchange.Answer(response.code(), response.header("Retry-After"),
                    body == null ? new byte[0] : body.bytes());
        } catch (IOException e) {
            return new Exchange.Failure(e, sent.get());
        }
    }

    /**
     * Like {@link #once}, but the call runs on OkHttp's dispatcher while this thread waits for it: interrupting the
     * thread (a caller that gave up, such as a search nobody waits for any more) cancels the call at once, which a
     * thread blocked in a socket read would not notice. For reads only: a create must never be cut off halfway.
     */
    private Exchange onceOrCancelled(Request request, Instant deadline) {
        Duration left = timeLeft(deadline);
        if (left.isZero()) {
            throw failures.deadlinePassed(request, null);
        }
        AtomicBoolean sent = new AtomicBoolean();
        Call call = http.newCall(request.newBuilder().tag(AtomicBoolean.class, sent).build());
        call.timeout().timeout(Math.max(1, Math.min(callTimeout.toMillis(), left.toMillis())), TimeUnit.MILLISECONDS);
        CompletableFuture<Exchange> result = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                result.complete(new Exchange.Failure(e, sent.get()));
            }

            @Override
            public void onResponse(Call answered, Response response) {
                result.complete(answer(response, sent));
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw failures.interrupted(request, null, new InterruptedIOException("the caller stopped waiting"));
        } catch (ExecutionException e) {
            throw new IllegalStateException("a call's callback failed", e.getCause());
        }
    }

    private static Exchange answer(Response response, AtomicBoolean sent) {
        try (response) {
            ResponseBody body = response.body();
            return new Exchange.Answer(response.code(), response.header("Retry-After"),
                    body == null ? new byte[0] : body.bytes());
        } catch (IOException e) {
            return new Exchange.Failure(e, sent.get());
        }
    }

    /** Empty when the result is not worth retrying or the attempts are used up. */
    Optional<Duration> retryWait(Exchange result, int attempt) {
        if (attempt >= retry.maxAttempts()) {
            return Optional.empty();
        }
        if (result instanceof Exchange.Answer a) {
            if (!TEMPORARY.contains(a.status())) {
                return Optional.empty();
            }
            Optional<Duration> asked = RetryAfter.parse(a.retryAfter(), clock.instant());
            if (asked.isPresent()) {
                return asked.get().compareTo(retry.maxRetryAfter()) <= 0 ? asked : Optional.empty();
            }
        }
        return Optional.of(backoff(attempt));
    }

    /** The policy's jittered backoff before retry number {@code number}, however many retries that is. */
    Duration backoff(int number) {
        return retry.backoff(number, ThreadLocalRandom.current().nextDouble());
    }

    /** Sleeps unless the pause would end after the deadline, in which case the caller's time is up now. */
    void pause(Duration wait, Instant deadline, Request request, Exchange last) {
        if (clock.instant().plus(wait).isAfter(deadline)) {
            throw failures.deadlinePassed(request, last);
        }
        sleep(wait, request, last);
    }

    /** Sleeps {@code wait}, or until the deadline if that comes first; true when time is left afterwards. */
    boolean pauseWithin(Duration wait, Instant deadline, Request request, Exchange last) {
        Duration left = timeLeft(deadline);
        if (!left.isZero()) {
            sleep(wait.compareTo(left) < 0 ? wait : left, request, last);
        }
        return !timeLeft(deadline).isZero();
    }

    private void sleep(Duration wait, Request request, Exchange last) {
        try {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.interrupted(request, last, new InterruptedIOException("interrupted while backing off"));
        }
    }

    Duration timeLeft(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The type of a one-entity answer, {@code {"data": {...}}}, holding {@code item}. */
    JavaType one(Class<?> item) {
        return mapper.getTypeFactory().constructParametricType(Wire.One.class, item);
    }

    /** The type of a list answer, {@code {"page_info": ..., "data": [...]}}, holding {@code item}s. */
    JavaType page(Class<?> item) {
        return mapper.getTypeFactory().constructParametricType(Wire.Page.class, item);
    }

    <T> T read(Request request, byte[] body, JavaType type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw failures.unreadable(request, e);
        }
    }
}
