package newdeal.deal.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

/**
 * The state store of a single instance (no REDIS_URL): {@link StateStore}'s semantics in this process's memory. Each
 * family is capped at {@code cap} entries besides its lifetime; a claim in flight weighs nothing, so the cap never
 * evicts it (claims are bounded by the creates running, and lapse with their lease).
 */
public final class MemoryStateStore implements StateStore {
    static final int DEFAULT_CAP = 10_000;

    private sealed interface Entry {
    }

    private record Holding(String token) implements Entry {
    }

    private record Done(String outcome) implements Entry {
    }

    private final Cache<String, Entry> submissions;
    private final Cache<String, String> claimsMade;
    private final Map<Marker, Cache<String, String>> markers = new EnumMap<>(Marker.class);
    private final Cache<String, Versioned> modals;
    private volatile boolean closed;

    public MemoryStateStore(Lifetimes lifetimes) {
        this(lifetimes, DEFAULT_CAP, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /** {@code ticker} and {@code executor} (where Caffeine evicts): tests pass a fake clock and the caller's thread. */
    MemoryStateStore(Lifetimes lifetimes, int cap, Ticker ticker, Executor executor) {
        submissions = Caffeine.newBuilder().ticker(ticker).executor(executor)
                .expireAfter(Expiry.writing((String key, Entry entry) ->
                        entry instanceof Done ? lifetimes.outcome() : lifetimes.claimLease()))
                .maximumWeight(cap).weigher((String key, Entry entry) -> entry instanceof Done ? 1 : 0)
                .build();
        // Which keys were claimed and not yet finished or released, kept past the lease: a later claim of such a key
        // learns that the earlier one lapsed.
        claimsMade = bounded(lifetimes.outcome(), cap, ticker, executor);
        for (Marker marker : Marker.values()) {
            markers.put(marker, bounded(lifetimes.of(marker), cap, ticker, executor));
        }
        modals = bounded(lifetimes.modal(), cap, ticker, executor);
    }

    private static <V> Cache<String, V> bounded(Duration lifetime, int cap, Ticker ticker, Executor executor) {
        return Caffeine.newBuilder().ticker(ticker).executor(executor).expireAfterWrite(lifetime)
                .maximumSize(cap).build();
    }

    @Override
    public Claim claim(String submissionKey) {
        ensureOpen();
        Ids.require("submission key", submissionKey);
        String token = UUID.randomUUID().toString();
        Entry earlier = submissions.asMap().putIfAbsent(submissionKey, new Holding(token));
        if (earlier == null) {
            boolean lapsed = claimsMade.asMap().put(submissionKey, token) != null;
            return new Claim.Claimed(submissionKey, token, lapsed);
        }
        return earlier instanceof Done done ? new Claim.Finished(done.outcome()) : new Claim.Held();
    }

    @Override
    public boolean finish(Claim.Claimed claim, String outcome) {
        ensureOpen();
        Ids.requireValue("outcome", outcome);
        Map<String, Entry> map = submissions.asMap();
        Done done = new Done(outcome);
        boolean recorded = map.replace(claim.submissionKey(), new Holding(claim.token()), done)
                || map.putIfAbsent(claim.submissionKey(), done) == null;
        if (recorded) {
            claimsMade.invalidate(claim.submissionKey());
        }
        return recorded;
    }

    @Override
    public boolean release(Claim.Claimed claim) {
        ensureOpen();
        boolean released = submissions.asMap().remove(claim.submissionKey(), new Holding(claim.token()));
        if (released) {
            claimsMade.invalidate(claim.submissionKey());
        }
        return released;
    }

    @Override
    public Optional<String> putIfAbsent(Marker marker, String id, String value) {
        ensureOpen();
        Ids.require(marker.segment() + " id", id);
        Ids.requireValue("marker value", value);
        return Optional.ofNullable(markers.get(marker).asMap().putIfAbsent(id, value));
    }

    @Override
    public Optional<Versioned> readModal(String viewId) {
        ensureOpen();
        Ids.require("view id", viewId);
        return Optional.ofNullable(modals.getIfPresent(viewId));
    }

    @Override
    public boolean writeModal(String viewId, long expectedVersion, String state) {
        ensureOpen();
        Ids.require("view id", viewId);
        Ids.requireVersion(expectedVersion);
        Ids.requireValue("modal state", state);
        Versioned next = new Versioned(expectedVersion + 1, state);
        if (expectedVersion == 0) {
            return modals.asMap().putIfAbsent(viewId, next) == null;
        }
        Versioned current = modals.getIfPresent(viewId);
        return current != null && current.version() == expectedVersion
                && modals.asMap().replace(viewId, current, next);
    }

    @Override
    public StateHealth health() {
        return new StateHealth("memory", !closed);
    }

    @Override
    public void close() {
        closed = true;
        submissions.invalidateAll();
        claimsMade.invalidateAll();
        markers.values().forEach(Cache::invalidateAll);
        modals.invalidateAll();
    }

    private void ensureOpen() {
        if (closed) {
            throw new StateUnavailableException("The memory state store is closed (the app is stopping)", null);
        }
    }

    /** How many entries each family holds once pending evictions have run: for tests of the caps. */
    Map<String, Long> sizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("finished submissions", count(submissions, e -> e instanceof Done));
        sizes.put("claims in flight", count(submissions, e -> e instanceof Holding));
        sizes.put("claims made", count(claimsMade, v -> true));
        markers.forEach((marker, cache) -> sizes.put(marker.name(), count(cache, v -> true)));
        sizes.put("modals", count(modals, v -> true));
        return sizes;
    }

    private static <V> long count(Cache<String, V> cache, Predicate<V> which) {
        cache.cleanUp();
        return cache.asMap().values().stream().filter(which).count();
    }
}
