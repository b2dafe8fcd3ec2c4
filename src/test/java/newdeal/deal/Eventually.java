package newdeal.deal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition that background work makes true, failing with the description when it never does. */
final class Eventually {
    private Eventually() {
    }

    static void until(String what, Duration max, BooleanSupplier condition) {
        long until = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("still not true after " + max + ": " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
