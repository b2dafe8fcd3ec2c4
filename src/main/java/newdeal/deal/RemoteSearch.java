package newdeal.deal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A search that goes to Pipeliner, made as cheap as it can be while the rep types. Its deadline is fixed when the rep
 * typed, not when a thread gets to it. The same query in flight is one call for all who ask; the call is cancelled
 * (its HTTP request too) once nobody waits for it any more. Calls run on their own bounded pool. An answer is cached
 * for a while, and one that held every match (fewer than the limit) also answers any longer query starting with it,
 * filtered here as Pipeliner filters (the text contains the query, ignoring case), without a call.
 */
final class RemoteSearch<T> {
    private static final Logger log = LoggerFactory.getLogger(Directory.class);
    /** The client ends its calls by the deadline; this only covers the hand-over of the answer. */
    private static final Duration GRACE = Duration.ofMillis(50);

    private final String what;
    private final Executor pool;
    private final Clock clock;
    private final Duration deadline;
    private final int limit;
    private final BiFunction<String, Instant, List<T>> call;
    private final Function<T, String> searchedText;
    private final ShortCache<Answer<T>> answers;
    private final ConcurrentHashMap<String, Flight<List<T>>> flights = new ConcurrentHashMap<>();

    /** What a call found, and whether that is every match (fewer than the limit came back). */
    private record Answer<T>(List<T> items, boolean complete) {
    }

    /** {@code searchedText}: the text Pipeliner searched in, for answering longer queries; null for none. */
    RemoteSearch(String what, Executor pool, Clock clock, Duration deadline, Duration ttl, int limit,
                 BiFunction<String, Instant, List<T>> call, Function<T, String> searchedText) {
        this.what = what;
        this.pool = pool;
        this.clock = clock;
        this.deadline = deadline;
        this.limit = limit;
        this.call = call;
        this.searchedText = searchedText;
        this.answers = new ShortCache<>(clock, answer -> ttl);
    }

    /**
     * Pipeliner's answer to {@code query} ({@code key}: the same query as cached), or empty when it did not come by
     * the deadline or the call failed (both logged). {@code extendable}: whether a shorter query's complete answer
     * may answer this one.
     */
    Optional<List<T>> search(String key, String query, boolean extendable) {
        Instant by = clock.instant().plus(deadline);
        Answer<T> known = answers.peek(key);
        if (known != null) {
            return Optional.of(known.items());
        }
        Optional<List<T>> extended = extendable ? fromShorter(key) : Optional.empty();
        if (extended.isPresent()) {
            return extended;
        }
        Flight<List<T>> flight = join(key, query, by);
        return await(key, flight, by);
    }

    private Optional<List<T>> fromShorter(String key) {
        if (searchedText == null) {
            return Optional.empty();
        }
        for (int length = key.length() - 1; length > 0; length--) {
            Answer<T> shorter = answers.peek(key.substring(0, length));
            if (shorter != null && shorter.complete()) {
                List<T> items = shorter.items().stream().filter(item -> contains(item, key)).toList();
                answers.put(key, new Answer<>(items, true));
                return Optional.of(items);
            }
        }
        return Optional.empty();
    }

    private boolean contains(T item, String key) {
        String text = searchedText.apply(item);
        return text != null && text.toLowerCase(Locale.ROOT).contains(key);
    }

    private Flight<List<T>> join(String key, String query, Instant by) {
        while (true) {
            Flight<List<T>> created = new Flight<>();
            Flight<List<T>> flight = flights.computeIfAbsent(key, k -> created);
            if (!flight.join()) {
                flights.remove(key, flight); // cancelled just now: start afresh
                continue;
            }
            if (flight == created) {
                flight.start(pool, () -> {
                    try {
                        List<T> items = call.apply(query, by);
                        answers.put(key, new Answer<>(items, items.size() < limit));
                        return items;
                    } finally {
                        flights.remove(key, flight);
                    }
                }, () -> flights.remove(key, flight));
            }
            return flight;
        }
    }

    private Optional<List<T>> await(String key, Flight<List<T>> flight, Instant by) {
        long wait = Math.max(0, Duration.between(clock.instant(), by).plus(GRACE).toMillis());
        try {
            return Optional.of(flight.result().get(wait, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            log.warn("Pipeliner {} gave no answer by its deadline ({} ms), answering without it", what,
                    deadline.toMillis());
        } catch (ExecutionException e) {
            log.warn("Pipeliner {} failed, answering without it: {}", what, FailureText.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (CancellationException e) {
            log.warn("Pipeliner {} was cancelled, answering without it", what);
        } finally {
            if (flight.leave()) {
                flights.remove(key, flight);
            }
        }
        return Optional.empty();
    }
}
