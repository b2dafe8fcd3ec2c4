package newdeal.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until the test moves it, so a 3-second rule is tested without waiting 3 seconds. */
final class StoppedClock extends Clock {
    private final ZoneId zone;
    private final Instant[] now;

    StoppedClock() {
        this(ZoneOffset.UTC, new Instant[] {Instant.now()});
    }

    private StoppedClock(ZoneId zone, Instant[] now) {
        this.zone = zone;
        this.now = now;
    }

    void advance(Duration by) {
        synchronized (now) {
            now[0] = now[0].plus(by);
        }
    }

    @Override
    public Instant instant() {
        synchronized (now) {
            return now[0];
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new StoppedClock(other, now);
    }
}
