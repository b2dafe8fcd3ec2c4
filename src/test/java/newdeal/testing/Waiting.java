package newdeal.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or the timeout passes (then fails with the given description). */
public final class Waiting {
    private Waiting() {
    }

    /** Fails with "expected that {@code what} within ... ms": for conditions described as a fact. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(condition, timeout, () -> "expected that " + what);
    }

    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get() + " within " + timeout.toMillis() + " ms");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + failure.get(), e);
            }
        }
    }
}
