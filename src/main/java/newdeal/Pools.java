package newdeal;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** How Main names its threads, makes the searches' bounded pool, and stops its pools. */
final class Pools {
    // Searches wait on Pipeliner, they hardly use the CPU: 50 reps typing while every GET takes 1.2 s need this many.
    private static final int SEARCH_THREADS = 64;
    private static final int SEARCH_QUEUE = 64;

    private Pools() {
    }

    /** Daemon threads with readable names, so thread dumps say what each one is for. */
    static ThreadFactory named(String purpose) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "new-deal-" + purpose + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The searches that go to Pipeliner, on threads of their own (never the follow-ups'): a bounded queue, since a
     * search that waits long is worthless, and one that cannot be queued is answered at once without Pipeliner.
     */
    static ExecutorService searchPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(SEARCH_THREADS, SEARCH_THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(SEARCH_QUEUE), named("search"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Lets the tasks running finish within {@code wait}, then interrupts what is left. */
    static void shutdown(ExecutorService executor, Duration wait) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
