package newdeal.e2e;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Pipeliner as seen through a proxy that renames one id in every answer, over real HTTP. The app then knows a row
 * (a step, say) under an id Pipeliner does not have, as when the step was deleted in Pipeliner while the app's
 * cached catalog still held it. Requests pass through unchanged, so Pipeliner's own answer to the unknown id comes
 * back to the app.
 */
final class RenamingProxy implements AutoCloseable {
    private static final List<String> PASSED_HEADERS = List.of("Authorization", "Content-Type", "Accept");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String target;
    private final String id;
    private final String shownAs;
    private final Javalin server;

    private RenamingProxy(String target, String id, String shownAs) {
        this.target = target;
        this.id = id;
        this.shownAs = shownAs;
        this.server = Javalin.create(config -> config.showJavalinBanner = false)
                .get("/*", this::forward).post("/*", this::forward).start("127.0.0.1", 0);
    }

    /** In front of {@code target} (a base URL), showing {@code id} as {@code shownAs} in every answer. */
    static RenamingProxy start(String target, String id, String shownAs) {
        return new RenamingProxy(target, id, shownAs);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    private void forward(Context ctx) throws IOException, InterruptedException {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + ctx.path() + query))
                .timeout(Duration.ofSeconds(10))
                .method(ctx.method().name(), ctx.method().name().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(ctx.body()));
        PASSED_HEADERS.forEach(name -> {
            if (ctx.header(name) != null) {
                request.header(name, ctx.header(name));
            }
        });
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        answer.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
        ctx.status(answer.statusCode()).result(answer.body().replace(id, shownAs));
    }

    @Override
    public void close() {
        server.stop();
    }
}
