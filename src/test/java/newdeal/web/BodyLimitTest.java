package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newdeal.testing.CapturedLog;
import newdeal.testing.RawConnection;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No body over 1 MB is read, however it is sent: the app answers 413 and stops reading. */
class BodyLimitTest {
    private static final int FIFTY_MIB = 50 * 1024 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final AdapterServer server = AdapterServer.greeting(Defences.defaults());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answers_413_to_an_unsigned_chunked_50_mib_body_and_stops_reading_it_after_the_first_megabyte()
            throws Exception {
        try (CapturedLog log = new CapturedLog(); RawConnection connection = RawConnection.open(server.port())) {
            connection.send(RawConnection.postHead(-1));
            CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> sendChunked(connection, FIFTY_MIB));

            assertThat(connection.awaitAnswerOrClose(WAIT)).startsWith("HTTP/1.1 413");
            // The server closed the connection instead of draining it: the sender could not get 50 MiB through.
            assertThat(written.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isLessThan(FIFTY_MIB);
            assertThat(log.text()).contains("slack request refused (body over 1000000 bytes) -> 413");
        }
        assertThat(SlackHttp.post(server.eventsUrl(), server.requests.command("after", "http://127.0.0.1:1/r"))
                .body()).contains("Hello");
    }

    @Test
    void answers_413_to_a_body_announced_over_1_mb_before_reading_any_more_of_it() {
        try (RawConnection connection = RawConnection.open(server.port())) {
            connection.send(RawConnection.postHead(FIFTY_MIB)).send("payload=".repeat(100));

            assertThat(connection.awaitAnswerOrClose(WAIT)).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void takes_a_signed_body_of_almost_1_mb() {
        String text = "x".repeat(BoltAdapter.MAX_BODY_BYTES - 400);

        SlackHttp.Answer answer = SlackHttp.post(server.eventsUrl(), server.requests.command(text, "http://h/r"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Hello");
    }

    /** Bytes written in 64 KiB chunks until {@code total} or until the server stops taking them. */
    private static long sendChunked(RawConnection connection, int total) {
        byte[] data = new byte[64 * 1024];
        Arrays.fill(data, (byte) 'a');
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n".getBytes(StandardCharsets.US_ASCII);
        long written = 0;
        while (written < total && connection.trySend(head) && connection.trySend(data) && connection.trySend(tail)) {
            written += data.length;
        }
        return written;
    }
}
