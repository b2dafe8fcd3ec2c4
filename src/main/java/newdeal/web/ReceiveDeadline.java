package newdeal.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections whose request takes too long to arrive. Jetty 11 bounds the pause between two bytes (idle
 * timeout) and the body's rate once it reads it, but nothing bounds headers sent a byte every few seconds, or a
 * connection that never sends its first request: checked here every second, on every connector of the server.
 */
final class ReceiveDeadline extends AbstractLifeCycle implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ReceiveDeadline.class);

    private final Server server;
    private final long deadlineNanos;
    private final long periodMillis;
    private final Scheduler scheduler = new ScheduledExecutorScheduler("new-deal-receive-deadline", true);

    ReceiveDeadline(Server server, Duration deadline) {
        this.server = server;
        this.deadlineNanos = deadline.toNanos();
        this.periodMillis = Math.max(50, Math.min(1000, deadline.toMillis() / 4));
    }

    @Override
    protected void doStart() throws Exception {
        scheduler.start();
        scheduler.schedule(this, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        scheduler.stop();
    }

    @Override
    public void run() {
        try {
            int closed = 0;
            for (Connector connector : server.getConnectors()) {
                if (connector instanceof AbstractConnector open) {
                    for (EndPoint endPoint : open.getConnectedEndPoints()) {
                        closed += closeIfOverdue(endPoint);
                    }
                }
            }
            if (closed > 0) {
                // One line per sweep, not per connection: a flood of slow clients must not flood the log too.
                log.info("Closed {} connection(s) whose request did not arrive within {} ms", closed,
                        TimeUnit.NANOSECONDS.toMillis(deadlineNanos));
            }
        } finally {
            if (isRunning()) {
                scheduler.schedule(this, periodMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    private int closeIfOverdue(EndPoint endPoint) {
        if (endPoint.getConnection() instanceof HttpConnection http && overdue(http)) {
            endPoint.close();
            return 1;
        }
        return 0;
    }

    private boolean overdue(HttpConnection http) {
        HttpParser parser = http.getParser();
        if (parser.isStart()) {
            // Waiting for a request: only a connection that never brought one is overdue (between requests on a
            // kept-alive connection the idle timeout applies).
            long openMillis = System.currentTimeMillis() - http.getCreatedTimeStamp();
            return http.getMessagesIn() == 0 && TimeUnit.MILLISECONDS.toNanos(openMillis) > deadlineNanos;
        }
        boolean arriving = parser.inHeaderState() || parser.inContentState();
        return arriving && NanoTime.since(parser.getBeginNanoTime()) > deadlineNanos;
    }
}
