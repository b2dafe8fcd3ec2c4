package newdeal.web;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import newdeal.deal.InMemorySeenSignatures;
import newdeal.deal.SeenSignatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's {@link App} inside Javalin. In this order, each refusal logged once and causing nothing: the body is read
 * as it arrives, at most {@link #MAX_BODY_BYTES} (413 past it, 408 when too slow); its signature, timestamp and
 * freshness are checked ({@link SlackSignatures}: 401); a body that is no Slack request gets 400. Then the body,
 * byte for byte as signed, becomes a {@link SlackRequestParser.HttpRequest}, the app runs, and status, headers,
 * content type and body go back; a failure inside gets a plain 200 rather than a 5xx or a stack trace.
 */
public final class BoltAdapter implements Handler {
    /** Slack's largest requests (a full modal's state) are tens of kilobytes. */
    public static final int MAX_BODY_BYTES = 1_000_000;
    private static final Logger log = LoggerFactory.getLogger(BoltAdapter.class);
    static final String FAILED = "{\"text\":\"new-deal hit an unexpected problem. Nothing was created. "
            + "Please try again.\"}";

    private final App app;
    private final SlackRequestParser parser;
    private final BodyReader bodies = new BodyReader(MAX_BODY_BYTES);
    private final SlackSignatures signatures;

    /** With its own in-memory record of accepted signatures. */
    public BoltAdapter(App app) {
        this(app, new InMemorySeenSignatures(Clock.systemUTC()), Clock.systemUTC());
    }

    public BoltAdapter(App app, SeenSignatures seen, Clock clock) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = new SlackSignatures(app.config().getSigningSecret(), seen, clock);
        // Parse one sample command offline, so the first real one does not pay for loading the parser's classes.
        parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(WebServer.EVENTS_PATH)
                .requestBody("command=%2Fwarm-up&text=").headers(new RequestHeaders(Map.of())).build());
    }

    @Override
    public void handle(Context ctx) {
        long started = System.nanoTime();
        ctx.future(() -> bodies.read(ctx.req()).thenCompose(body -> {
            if (body instanceof BodyReader.Body.Refused refused) {
                SlackRequestLog.refused(refused.why(), refused.status(), millisSince(started));
                return UnreadBody.answerAndClose(ctx, refused.status(), error(refused.status()));
            }
            answer(ctx, ((BodyReader.Body.Read) body).text(), started);
            return CompletableFuture.completedFuture(null);
        }));
    }

    private void answer(Context ctx, String text, long started) {
        String timestamp = ctx.header(SlackSignatures.TIMESTAMP);
        String signature = ctx.header(SlackSignatures.SIGNATURE);
        Optional<String> unsigned = signatures.forged(timestamp, signature, text);
        if (unsigned.isPresent()) {
            refuse(ctx, 401, unsigned.get(), started);
            return;
        }
        Request<?> request = parse(ctx, text);
        if (request == null) {
            refuse(ctx, 400, "not a Slack request", started);
            return;
        }
        // An options load changes nothing, and two alike within one second (the same query typed again) are signed
        // alike: answering it twice is harmless, refusing it would empty the rep's select.
        Optional<String> replay = request.getRequestType() == RequestType.BlockSuggestion ? Optional.empty()
                : signatures.replayed(timestamp, signature);
        if (replay.isPresent()) {
            refuse(ctx, 401, replay.get(), started);
            return;
        }
        Response response = run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
        SlackRequestLog.answered(request, response.getStatusCode(), millisSince(started));
    }

    private static void refuse(Context ctx, int status, String why, long started) {
        ctx.status(status).contentType("application/json").result(error(status));
        SlackRequestLog.refused(why, status, millisSince(started));
    }

    private static String error(int status) {
        return "{\"error\":\"" + switch (status) {
            case 401 -> "invalid request";
            case 408 -> "request body too slow";
            case 413 -> "request body too large";
            default -> "not a Slack request";
        } + "\"}";
    }

    private Request<?> parse(Context ctx, String body) {
        if (!SlackBodies.mayBeSlack(body)) {
            return null;
        }
        Map<String, List<String>> headers = ctx.headerMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        try {
            return parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(ctx.path())
                    .queryString(ctx.queryParamMap()).requestBody(body).headers(new RequestHeaders(headers))
                    .remoteAddress(ctx.ip()).build());
        } catch (RuntimeException e) {
            return null; // e.g. a payload that is no JSON, or broken %-escapes
        }
    }

    private Response run(Request<?> request) {
        try {
            Response response = app.run(request);
            if (response.getStatusCode() == null || response.getStatusCode() >= 500) {
                log.error("Bolt answered {} for a {}; Slack gets a plain 200", response.getStatusCode(),
                        request.getRequestType());
                return failed();
            }
            return response;
        } catch (Exception e) {
            log.error("A {} listener failed", request.getRequestType(), e);
            return failed();
        }
    }

    private static Response failed() {
        return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(FAILED).build();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
