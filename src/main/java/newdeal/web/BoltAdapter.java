package newdeal.web;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's {@link App} inside Javalin: the body Javalin already read (the signature covers it byte for byte) becomes
 * a {@link SlackRequestParser.HttpRequest}, the app runs (signature check on: forged or stale requests get 401 and
 * cause nothing), and status, headers, content type and body go back. A body that is no Slack request gets 400;
 * a failure inside gets a plain 200 rather than a 5xx or a stack trace.
 */
public final class BoltAdapter implements Handler {
    private static final Logger log = LoggerFactory.getLogger(BoltAdapter.class);
    static final String FAILED = "{\"text\":\"new-deal hit an unexpected problem. Nothing was created. "
            + "Please try again.\"}";

    private final App app;
    private final SlackRequestParser parser;

    public BoltAdapter(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(Context ctx) {
        long started = System.nanoTime();
        Request<?> request = parse(ctx);
        if (request == null) {
            ctx.status(400).contentType("application/json").result("{\"error\":\"not a Slack request\"}");
            SlackRequestLog.refused("not a Slack request", 400, millisSince(started));
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

    private Request<?> parse(Context ctx) {
        String body = ctx.body();
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
