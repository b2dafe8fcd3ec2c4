package newdeal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends a {@link SignedRequest} to the app over real HTTP, as Slack's servers would. */
public final class SlackHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SlackHttp() {
    }

    /** What the app answered, and how long it took (Slack gives up after 3 s). */
    public record Answer(int status, String body, String contentType, Duration took) {
    }

    public static Answer post(String url, SignedRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(http::header);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(http.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new AssertionError("POST " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during POST " + url, e);
        }
    }
}
