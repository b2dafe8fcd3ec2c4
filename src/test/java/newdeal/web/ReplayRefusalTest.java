package newdeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newdeal.testing.CapturedLog;
import newdeal.testing.SignedRequest;
import newdeal.testing.SlackHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request stamped more than 5 minutes from now, either way, or one already accepted, is refused with 401 before
 * any listener runs, and logged once, without its signature.
 */
class ReplayRefusalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger commands = new AtomicInteger();
    private final AtomicInteger optionsLoads = new AtomicInteger();
    private final AdapterServer server = AdapterServer.with(app -> app.command("/new-deal", (req, ctx) -> {
        commands.incrementAndGet();
        return ctx.ack("Hello");
    }).blockSuggestion("account", (req, ctx) -> {
        optionsLoads.incrementAndGet();
        return ctx.ack(r -> r.options(List.of()));
    }));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void refuses_an_exact_replay_of_an_accepted_command() {
        SignedRequest command = server.requests.command("Globex", "http://127.0.0.1:1/r");
        assertThat(SlackHttp.post(server.eventsUrl(), command).body()).contains("Hello");

        assertRefusedOnce(command, "replay of a request already accepted");
    }

    @Test
    void answers_an_options_load_sent_twice_alike_since_it_changes_nothing() {
        SignedRequest load = server.requests.blockSuggestion(viewWithAccountSelect(), "account", "glo");

        assertThat(SlackHttp.post(server.eventsUrl(), load).status()).isEqualTo(200);
        assertThat(SlackHttp.post(server.eventsUrl(), load).status()).isEqualTo(200);
        assertThat(optionsLoads.get()).isEqualTo(2);
    }

    @Test
    void refuses_commands_stamped_10_minutes_a_day_and_a_year_ahead() {
        for (Duration ahead : List.of(Duration.ofMinutes(10), Duration.ofDays(1), Duration.ofDays(365))) {
            assertRefusedOnce(stampedAt(Instant.now().plus(ahead)), "timestamp more than 5 minutes ahead");
        }
    }

    @Test
    void refuses_a_command_stamped_six_minutes_ago_without_bolt_logging_its_signature() {
        assertRefusedOnce(stampedAt(Instant.now().minus(Duration.ofMinutes(6))), "timestamp more than 5 minutes old");
    }

    private static JsonNode viewWithAccountSelect() {
        try {
            return JSON.readTree("{\"id\":\"V1\",\"type\":\"modal\",\"blocks\":[{\"type\":\"input\","
                    + "\"block_id\":\"b1\",\"label\":{\"type\":\"plain_text\",\"text\":\"Account\"},"
                    + "\"element\":{\"type\":\"external_select\",\"action_id\":\"account\"}}],"
                    + "\"state\":{\"values\":{}}}");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private SignedRequest stampedAt(Instant at) {
        SignedRequest command = server.requests.command("Globex", "http://127.0.0.1:1/r");
        return server.requests.sign(command.body(), newdeal.testing.SlackRequests.FORM, at);
    }

    private void assertRefusedOnce(SignedRequest request, String why) {
        int before = commands.get();
        String log;
        SlackHttp.Answer answer;
        try (CapturedLog captured = new CapturedLog()) {
            answer = SlackHttp.post(server.eventsUrl(), request);
            log = captured.text();
        }

        assertThat(answer.status()).isEqualTo(401);
        assertThat(commands.get()).as("no listener ran").isEqualTo(before);
        String signature = request.header(SignedRequest.SIGNATURE);
        assertThat(log.lines().filter(line -> line.contains("refused"))).containsExactly(log.lines()
                .filter(line -> line.contains("slack request refused (" + why + ") -> 401")).findFirst().orElseThrow());
        assertThat(log).doesNotContain(signature).doesNotContain(signature.substring(3, 20));
    }
}
