package newdeal.e2e.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import newdeal.testing.SignedRequest;

/** Sends signed requests as Slack's servers do, over HTTP/1.1 with kept-alive connections; 5 s at most each. */
public final class Driver {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** The status and body; a failure to get an answer counts as status 0. */
    public record Answer(int status, String body, long nanos) {
    }

    public Answer post(String url, SignedRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(builder::header);
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - sent);
        } catch (IOException e) {
            return new Answer(0, e.toString(), System.nanoTime() - sent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", System.nanoTime() - sent);
        }
    }
}
