package newdeal.deal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newdeal.pipeliner.PipelinerUnavailableException;

/** Holds the calls that pass it until released; tells when one arrived, and when one was interrupted while held. */
final class Gate {
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(20);
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    void pass() {
        arrived.countDown();
        try {
            if (!released.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the gate was never opened");
            }
        } catch (InterruptedException e) {
            interrupted.countDown();
            Thread.currentThread().interrupt();
            throw new PipelinerUnavailableException("interrupted while held at the gate", e, false);
        }
    }

    void open() {
        released.countDown();
    }

    void awaitArrival() {
        await(arrived, "no call arrived at the gate");
    }

    void awaitInterruption() {
        await(interrupted, "no call held at the gate was interrupted");
    }

    private static void await(CountDownLatch latch, String failure) {
        try {
            if (!latch.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(failure, e);
        }
    }
}
