package newdeal.ship;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import newdeal.testing.RawConnection;

/**
 * An attacker keeping {@code count} connections open to the app that never finish their request: bodies (or headers)
 * sent a byte at a time, every {@code trickleMillis}. A connection the app ends is opened again at once, so the
 * attack holds steady; how long each lasted before the app ended it is recorded.
 */
final class SlowAttack implements AutoCloseable {
    enum Kind { BODY, HEADERS }

    private static final byte[] A_BYTE = {'a'};

    private final int port;
    private final Kind kind;
    private final long trickleMillis;
    private final List<Slow> open = new ArrayList<>();
    private final List<Long> lifetimes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread loop;

    private SlowAttack(int port, Kind kind, int count, long trickleMillis) {
        this.port = port;
        this.kind = kind;
        this.trickleMillis = trickleMillis;
        for (int i = 0; i < count; i++) {
            open.add(new Slow(port, kind));
        }
        loop = new Thread(this::run, "slow-attack-" + kind);
        loop.setDaemon(true);
        loop.start();
    }

    static SlowAttack start(int port, Kind kind, int count, long trickleMillis) {
        return new SlowAttack(port, kind, count, trickleMillis);
    }

    /** Milliseconds each ended connection lasted, from its first byte to the app ending it. */
    List<Long> lifetimes() {
        synchronized (lifetimes) {
            return List.copyOf(lifetimes);
        }
    }

    private void run() {
        while (running.get()) {
            synchronized (open) {
                for (int i = 0; i < open.size(); i++) {
                    Slow slow = open.get(i);
                    if (!slow.connection.trySend(A_BYTE) || !slow.connection.openAndUnanswered()) {
                        lifetimes.add(System.currentTimeMillis() - slow.since);
                        slow.connection.close();
                        open.set(i, new Slow(port, kind));
                    }
                }
            }
            try {
                Thread.sleep(trickleMillis); // the attacker's pace
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running.set(false);
        loop.interrupt();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (open) {
            open.forEach(slow -> slow.connection.close());
        }
    }

    private static final class Slow {
        private final RawConnection connection;
        private final long since = System.currentTimeMillis();

        Slow(int port, Kind kind) {
            String start = kind == Kind.BODY ? RawConnection.postHead(100_000) + "p"
                    : "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
            connection = RawConnection.open(port).send(start.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
