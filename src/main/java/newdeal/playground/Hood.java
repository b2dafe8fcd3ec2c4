package newdeal.playground;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Under the hood" record: what Slack sent the app, which Web API methods the app called, which Pipeliner requests
 * it made, and which of Slack's rules it broke. Entries hold kinds, methods, paths, statuses and times, never a body,
 * header, token or secret. The last {@link #KEPT} are kept for pages that connect later.
 */
final class Hood {
    static final int KEPT = 300;
    private static final Logger log = LoggerFactory.getLogger(Hood.class);

    /** Where an entry comes from: Slack to the app, the app to Slack's Web API, the app to Pipeliner, a broken rule. */
    enum Source { TO_APP, WEB_API, PIPELINER, RULE }

    private final ObjectMapper json;
    private final PageEvents events;
    private final Clock clock;
    private final Deque<ObjectNode> kept = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();

    Hood(ObjectMapper json, PageEvents events, Clock clock) {
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    void record(Source source, String what, String status, long millis) {
        ObjectNode entry = json.createObjectNode().put("seq", sequence.incrementAndGet())
                .put("at", LocalTime.now(clock.withZone(ZoneId.systemDefault())).truncatedTo(ChronoUnit.MILLIS)
                        .toString())
                .put("source", source.name().toLowerCase()).put("what", what).put("status", status);
        if (millis >= 0) {
            entry.put("ms", millis);
        }
        add(entry);
    }

    /**
     * The app broke one of Slack's rules: Slack's error code goes to the log, the panel and the page's notice.
     * {@code detail} must hold no secret (callers pass limits and JSON pointers).
     */
    void ruleBroken(String method, String code, String detail) {
        log.warn("Slack would refuse {}: {} ({})", method, code, detail);
        record(Source.RULE, method + ": " + detail, code, -1);
        events.publish("slack_error", json.createObjectNode().put("method", method).put("error", code)
                .put("detail", detail));
    }

    ArrayNode recent() {
        synchronized (kept) {
            ArrayNode list = json.createArrayNode();
            kept.forEach(list::add);
            return list;
        }
    }

    private void add(ObjectNode entry) {
        synchronized (kept) {
            kept.addLast(entry);
            if (kept.size() > KEPT) {
                kept.removeFirst();
            }
        }
        events.publish("hood", entry);
    }
}
