package newdeal.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults a running sandbox injects, settable from tests and benchmarks at any time. The first active fault that
 * matches a request applies to it.
 */
public final class Faults {
    private final List<Active> active = new CopyOnWriteArrayList<>();

    /** Starts injecting {@code fault}; the handle removes it again. */
    public Active add(Fault fault) {
        Active handle = new Active(fault);
        active.add(handle);
        return handle;
    }

    /** Removes every fault and releases hanging requests. */
    public void clear() {
        List.copyOf(active).forEach(Active::remove);
    }

    /** The first active fault matching the request that still has uses left, counting this use. */
    Optional<Active> match(String method, String path, String query) {
        return active.stream().filter(a -> a.fault.matches(method, path, query)).filter(Active::use).findFirst();
    }

    /** An injected fault; {@link #remove()} stops it. */
    public final class Active {
        private final Fault fault;
        private final AtomicInteger hits = new AtomicInteger();
        private final CountDownLatch released = new CountDownLatch(1);

        private Active(Fault fault) {
            this.fault = fault;
        }

        public Fault fault() {
            return fault;
        }

        /** How many requests this fault acted on. */
        public int hits() {
            return hits.get();
        }

        public void remove() {
            active.remove(this);
            released.countDown();
        }

        private boolean use() {
            int limit = fault.limit();
            return hits.getAndUpdate(h -> limit == 0 || h < limit ? h + 1 : h) < limit || limit == 0;
        }

        /** Blocks a hanging request until the fault is removed, for at most {@code max}. */
        void awaitRelease(Duration max) throws InterruptedException {
            released.await(max.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
