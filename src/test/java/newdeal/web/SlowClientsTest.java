package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import newdeal.testing.RawConnection;
import newdeal.testing.SlackHttp;
import newdeal.testing.Waiting;
import org.junit.jupiter.api.Test;

/**
 * Clients that send slowly or never finish hold no thread and give up within Jetty's bounds: Slack's requests and
 * /healthz are answered meanwhile.
 */
class SlowClientsTest {
    private static final Duration PATIENT = Duration.ofMinutes(2);
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Far beyond the 1 s deadline these tests set, and well below Jetty's default idle timeout (30 s). */
    private static final Duration GIVE_UP = Duration.ofSeconds(15);
    private static final String HALF_A_HEADER = "POST " + WebServer.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-S";

    @Test
    void answers_a_signed_command_and_healthz_while_300_slow_bodies_and_50_slow_headers_are_still_open()
            throws Exception {
        // No rate and deadlines far beyond the test, so that every slow connection is certainly still open at the end
        // (the tests below show each of these defences ending such connections).
        Defences patient = Defences.defaults().withReceiveDeadline(PATIENT).withRequestIdle(PATIENT).withMinBodyRate(0);
        try (AdapterServer server = AdapterServer.greeting(patient)) {
            List<RawConnection> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    slow.add(RawConnection.open(server.port()).send(RawConnection.postHead(1000) + "p"));
                }
                for (int i = 0; i < 50; i++) {
                    slow.add(RawConnection.open(server.port()).send(HALF_A_HEADER));
                }

                SlackHttp.Answer command = SlackHttp.post(server.eventsUrl(),
                        server.requests.command("Globex", "http://127.0.0.1:1/r"));
                HttpResponse<String> health = get(server.healthUrl());

                assertThat(command.status()).isEqualTo(200);
                assertThat(command.body()).contains("Hello");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(slow).as("answered while every slow connection is still open and unanswered")
                        .allMatch(RawConnection::openAndUnanswered);
            } finally {
                slow.forEach(RawConnection::close);
            }
        }
    }

    @Test
    void closes_a_connection_whose_headers_trickle_in_past_the_receive_deadline() {
        Defences quick = Defences.defaults().withReceiveDeadline(Duration.ofSeconds(1));
        try (AdapterServer server = AdapterServer.greeting(quick);
             RawConnection connection = RawConnection.open(server.port()).send(HALF_A_HEADER)) {
            // A byte every 100 ms: never idle long enough for an idle timeout to end it.
            try (Trickle trickle = Trickle.start(connection, "low".repeat(1000))) {
                assertThat(connection.awaitAnswerOrClose(GIVE_UP)).isEqualTo("closed");
            }
        }
    }

    @Test
    void closes_a_connection_that_sends_no_request_within_the_receive_deadline() {
        Defences quick = Defences.defaults().withReceiveDeadline(Duration.ofSeconds(1));
        try (AdapterServer server = AdapterServer.greeting(quick);
             RawConnection connection = RawConnection.open(server.port())) {
            assertThat(connection.awaitAnswerOrClose(GIVE_UP)).isEqualTo("closed");
        }
    }

    @Test
    void answers_408_to_a_body_slower_than_the_minimum_rate() {
        Defences rateOnly = Defences.defaults().withReceiveDeadline(PATIENT).withRequestIdle(PATIENT);
        try (AdapterServer server = AdapterServer.greeting(rateOnly);
             RawConnection connection = RawConnection.open(server.port()).send(RawConnection.postHead(1000))) {
            try (Trickle trickle = Trickle.start(connection, "payload=" + "x".repeat(990))) {
                assertThat(connection.awaitAnswerOrClose(WAIT)).startsWith("HTTP/1.1 408");
            }
        }
    }

    @Test
    void answers_408_to_a_body_that_stops_arriving_for_longer_than_the_request_idle_timeout() {
        Defences idleOnly = Defences.defaults().withReceiveDeadline(PATIENT).withRequestIdle(Duration.ofMillis(500))
                .withMinBodyRate(0);
        try (AdapterServer server = AdapterServer.greeting(idleOnly);
             RawConnection connection = RawConnection.open(server.port())) {
            connection.send(RawConnection.postHead(1000) + "payload=");

            assertThat(connection.awaitAnswerOrClose(WAIT)).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void closes_an_idle_connection_once_the_connection_limit_is_reached_and_then_serves_again() throws Exception {
        Defences few = new Defences(PATIENT, PATIENT, 1024, PATIENT, 5, Duration.ofMillis(200));
        try (AdapterServer server = AdapterServer.greeting(few)) {
            List<RawConnection> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    RawConnection keptAlive = RawConnection.open(server.port());
                    assertThat(keptAlive.get(WebServer.HEALTH_PATH)).isEqualTo(200);
                    idle.add(keptAlive);
                }
                idle.add(RawConnection.open(server.port()));
                // Far sooner than the 2 minutes these connections would be kept below the limit.
                Waiting.until("a kept-alive connection is closed once 5 are open", Duration.ofSeconds(10),
                        () -> idle.subList(0, 4).stream().anyMatch(connection -> !connection.openAndUnanswered()));

                assertThat(get(server.healthUrl()).statusCode()).isEqualTo(200);
            } finally {
                idle.forEach(RawConnection::close);
            }
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends text one byte every 100 ms in the background, as a slow client would, until closed or refused. */
    private static final class Trickle implements AutoCloseable {
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final CompletableFuture<Void> done;

        private Trickle(RawConnection connection, String text) {
            done = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < text.length() && !stopped.get(); i++) {
                    if (!connection.trySend(new byte[] {(byte) text.charAt(i)})) {
                        return;
                    }
                    pause();
                }
            });
        }

        static Trickle start(RawConnection connection, String text) {
            return new Trickle(connection, text);
        }

        private static void pause() {
            try {
                Thread.sleep(100); // the client's slowness under test, not a wait for the app
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            stopped.set(true);
            done.cancel(true);
        }
    }
}
