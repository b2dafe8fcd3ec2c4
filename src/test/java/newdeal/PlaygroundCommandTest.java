package newdeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import newdeal.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

class PlaygroundCommandTest {
    @Test
    void runs_on_port_3000_unless_told_otherwise_and_names_arguments_it_does_not_understand() {
        assertThat(PlaygroundCommand.port(new String[0])).isEqualTo(3000);
        assertThat(PlaygroundCommand.port(new String[] {"--port", "3100"})).isEqualTo(3100);
        assertThatThrownBy(() -> PlaygroundCommand.port(new String[] {"--port", "http"})).hasMessageContaining("http");
        assertThatThrownBy(() -> PlaygroundCommand.port(new String[] {"--open"})).hasMessageContaining("--open");
    }

    @Test
    void the_configuration_message_says_how_to_start_the_playground() {
        assertThatThrownBy(() -> Config.from(Map.of()))
                .hasMessageEndingWith("java -jar target/new-deal.jar playground");
    }

    @Test
    void refuses_pipeliner_settings_that_are_incomplete_naming_what_is_missing() {
        assertThatThrownBy(() -> PlaygroundCommand.start(0, Map.of("PIPELINER_SERVICE_URL",
                "https://eu-central.api.pipelinersales.com"), Main.Timings.defaults()))
                .isInstanceOf(Config.Invalid.class).hasMessageContaining("PIPELINER_SPACE_ID");
    }

    @Test
    void uses_the_pipeliner_space_the_variables_name_and_says_deals_there_are_real() throws Exception {
        try (Sandbox space = Sandbox.start(0)) {
            PlaygroundCommand.Started started = PlaygroundCommand.start(0, Map.of(
                    "PIPELINER_SERVICE_URL", space.baseUrl(), "PIPELINER_SPACE_ID", space.spaceId(),
                    "PIPELINER_API_USERNAME", space.username(), "PIPELINER_API_PASSWORD", space.password()),
                    Main.Timings.defaults());
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PlaygroundCommand.describe(started, new PrintStream(out, true, StandardCharsets.UTF_8));
                String printed = out.toString(StandardCharsets.UTF_8);

                assertThat(started.sandbox()).isEmpty();
                assertThat(printed).contains("YOUR REAL Pipeliner space (deals created there are real)",
                        "Open " + started.playground().url() + " in your browser").doesNotContain(space.password());
                String snapshot = firstEvent(started.playground().url() + "page/events");
                assertThat(snapshot).contains("\"pipeliner\":{\"real\":true,\"host\":\"127.0.0.1\"}")
                        .doesNotContain(space.password());
            } finally {
                started.stop();
            }
        }
    }

    private static String firstEvent(String url) throws Exception {
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url)).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("data: ")) {
                    return line;
                }
            }
        }
        throw new AssertionError("no event from " + url);
    }
}
