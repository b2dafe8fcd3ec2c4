package newdeal.web;

import java.time.Duration;

/**
 * How the web server protects its threads and memory from clients that are slow or never finish. Slack sends its
 * requests in milliseconds, so every bound is far beyond what it needs; behind a router (Heroku's) all connections
 * come from the router, so none of them depends on the client's address.
 *
 * @param receiveDeadline a request's headers and body must have arrived this long after its first byte, and a new
 *                        connection must have brought its first request by then, or the connection is closed
 * @param requestIdle     while a request is in progress, the longest pause in its input or output (Jetty's
 *                        {@code HttpConfiguration} idle timeout)
 * @param minBodyRate     bytes per second a body must keep up once it started (Jetty's minimum request data rate)
 * @param keepAlive       how long an idle connection is kept between requests: longer than Heroku's router keeps
 *                        its connections to the app (90 s), so the router never sends on a connection being closed
 * @param maxConnections  connections open at once; past it, no new one is accepted until one closes
 * @param idleWhenFull    the idle timeout every connection gets while {@code maxConnections} are open
 */
public record Defences(Duration receiveDeadline, Duration requestIdle, long minBodyRate, Duration keepAlive,
                       int maxConnections, Duration idleWhenFull) {

    public static Defences defaults() {
        return new Defences(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024, Duration.ofSeconds(100), 1000,
                Duration.ofSeconds(1));
    }

    /** The same, with another receive deadline (tests use a long one to keep slow connections open at will). */
    public Defences withReceiveDeadline(Duration deadline) {
        return new Defences(deadline, requestIdle, minBodyRate, keepAlive, maxConnections, idleWhenFull);
    }

    public Defences withRequestIdle(Duration idle) {
        return new Defences(receiveDeadline, idle, minBodyRate, keepAlive, maxConnections, idleWhenFull);
    }

    public Defences withMinBodyRate(long bytesPerSecond) {
        return new Defences(receiveDeadline, requestIdle, bytesPerSecond, keepAlive, maxConnections, idleWhenFull);
    }
}
