package newdeal.deal;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * One call in flight and how many wait for it. When the last one stops waiting before it ended, the call is
 * cancelled: its thread is interrupted, which makes the Pipeliner client cancel the HTTP request.
 */
final class Flight<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private FutureTask<T> task;
    private int waiters;
    private boolean cancelled;

    /** False when the flight was just cancelled: the caller needs a new one. */
    synchronized boolean join() {
        if (cancelled) {
            return false;
        }
        waiters++;
        return true;
    }

    /** True when this was the last waiter and the call, not done yet, is now cancelled. */
    synchronized boolean leave() {
        waiters--;
        if (waiters > 0 || result.isDone()) {
            return false;
        }
        cancelled = true;
        if (task != null) {
            task.cancel(true);
        }
        result.cancel(false);
        return true;
    }

    CompletableFuture<T> result() {
        return result;
    }

    /** Runs {@code work} on {@code pool}; {@code rejected} runs when the pool takes no more. */
    void start(Executor pool, Callable<T> work, Runnable rejected) {
        FutureTask<T> started = new FutureTask<>(work) {
            @Override
            protected void done() {
                try {
                    result.complete(get());
                } catch (ExecutionException e) {
                    result.completeExceptionally(e.getCause());
                } catch (CancellationException | InterruptedException e) {
                    result.cancel(false);
                }
            }
        };
        synchronized (this) {
            task = started;
        }
        try {
            pool.execute(started);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
            rejected.run();
        }
    }
}
