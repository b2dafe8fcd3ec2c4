package newdeal.deal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import newdeal.pipeliner.PipelinerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small Caffeine cache for Pipeliner lookups: each entry lives as long as {@code ttl} says for its value, timed by
 * the given clock; a failed lookup is logged, answered with a fallback and not cached.
 */
final class ShortCache<V> {
    private static final Logger log = LoggerFactory.getLogger(ShortCache.class);
    private static final int MAX_ENTRIES = 2_000;

    private final Cache<String, V> cache;

    ShortCache(Clock clock, Function<V, Duration> ttl) {
        cache = Caffeine.newBuilder()
                .ticker(() -> clock.instant().toEpochMilli() * 1_000_000L)
                .executor(Runnable::run)
                .maximumSize(MAX_ENTRIES)
                .expireAfter(Expiry.<String, V>creating((key, value) -> ttl.apply(value)))
                .build();
    }

    /** The cached value, if any; never loads. */
    V peek(String key) {
        return cache.getIfPresent(key);
    }

    void put(String key, V value) {
        cache.put(key, value);
    }

    /** The cached value, or the loaded one (then cached); when the lookup fails, logs a warning and answers fallback. */
    V get(String key, Supplier<V> load, String what, V fallback) {
        V cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        try {
            V loaded = load.get();
            cache.put(key, loaded);
            return loaded;
        } catch (PipelinerException e) {
            log.warn("Pipeliner {} failed, answering empty: {}", what, FailureText.describe(e));
        } catch (RuntimeException e) {
            log.warn("Pipeliner {} failed unexpectedly, answering empty", what, e);
        }
        return fallback;
    }
}
