package newdeal.deal.state;

import com.github.benmanes.caffeine.cache.Ticker;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import newdeal.testing.RedisServer;
import newdeal.testing.Waiting;

/**
 * The two implementations of {@link StateStore} for the contract test: opens the instances of one test, moves their
 * time forward, and closes them after it. Instances of the memory store are one store (one process); instances of
 * the Redis store are separate clients of one server, as separate app instances are.
 */
final class Stores implements AutoCloseable {
    /** Long enough that a busy machine never turns a normal answer into a timeout. */
    static final Duration RELAXED_TIMEOUT = Duration.ofSeconds(5);

    enum Kind { MEMORY, REDIS }

    private final Kind kind;
    private final RedisServer redis;
    private final List<StateStore> opened = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private MemoryStateStore memory;

    Stores(Kind kind, RedisServer redis) {
        this.kind = kind;
        this.redis = redis;
        if (kind == Kind.REDIS) {
            redis.running().admin().flushall();
        }
    }

    StateStore open(Lifetimes lifetimes) {
        return instances(lifetimes, 1).get(0);
    }

    List<StateStore> instances(Lifetimes lifetimes, int count) {
        List<StateStore> stores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stores.add(kind == Kind.MEMORY ? memory(lifetimes)
                    : connected(redis.endpoint(), lifetimes, RELAXED_TIMEOUT));
        }
        opened.addAll(stores);
        return stores;
    }

    /**
     * A Redis store that has connected: a JVM's first connection may take seconds on a busy machine (Lettuce, Netty
     * and TLS start up), and a test must not take that for an answer.
     */
    static RedisStateStore connected(RedisEndpoint endpoint, Lifetimes lifetimes, Duration timeout) {
        RedisStateStore store = RedisStateStore.open(endpoint, lifetimes, timeout);
        Waiting.until("the store connects to " + endpoint, Duration.ofSeconds(60), () -> store.health().reachable());
        return store;
    }

    private MemoryStateStore memory(Lifetimes lifetimes) {
        if (memory == null) {
            memory = new MemoryStateStore(lifetimes, MemoryStateStore.DEFAULT_CAP, ticker, Runnable::run);
        }
        return memory;
    }

    /**
     * Lets {@code time} pass for the stored state: the memory store's clock moves; in Redis every key of the app's
     * has its remaining time shortened by as much (or is deleted when that would end it), as if Redis had waited.
     */
    void advance(Duration time) {
        if (kind == Kind.MEMORY) {
            nanos.addAndGet(time.toNanos());
            return;
        }
        RedisCommands<String, String> admin = redis.admin();
        ScanIterator<String> keys = ScanIterator.scan(admin, ScanArgs.Builder.matches("new-deal:*"));
        while (keys.hasNext()) {
            String key = keys.next();
            long left = admin.pttl(key);
            if (left > 0) {
                long remaining = left - time.toMillis();
                if (remaining > 0) {
                    admin.pexpire(key, remaining);
                } else {
                    admin.del(key);
                }
            }
        }
    }

    @Override
    public void close() {
        opened.forEach(StateStore::close);
    }
}
