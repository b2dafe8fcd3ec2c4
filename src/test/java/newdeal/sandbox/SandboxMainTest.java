package newdeal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import newdeal.testing.SandboxApi;

class SandboxMainTest {
    @Test
    void runs_on_port_8099_unless_told_otherwise() {
        assertThat(SandboxMain.port(new String[0])).isEqualTo(8099);
        assertThat(SandboxMain.port(new String[] {"--port", "9100"})).isEqualTo(9100);
    }

    @Test
    void refuses_arguments_it_does_not_understand_naming_them() {
        assertThatThrownBy(() -> SandboxMain.port(new String[] {"--port", "http"})).hasMessageContaining("http");
        assertThatThrownBy(() -> SandboxMain.port(new String[] {"--port", "70000"})).hasMessageContaining("70000");
        assertThatThrownBy(() -> SandboxMain.port(new String[] {"--verbose"})).hasMessageContaining("--verbose");
    }

    @Test
    void prints_how_to_reach_it_with_a_curl_command_that_works() {
        try (Sandbox sandbox = Sandbox.start(0)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SandboxMain.describe(sandbox, new PrintStream(out, true, StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);

            assertThat(text).contains(sandbox.baseUrl(), sandbox.spaceId(), sandbox.username(), sandbox.password());
            Matcher curl = Pattern.compile("curl -g -u (\\S+):(\\S+) '([^']+)'").matcher(text);
            assertThat(curl.find()).isTrue();
            SandboxApi http = SandboxApi.over(sandbox);
            SandboxApi.Reply reply = http.send(new okhttp3.Request.Builder().url(curl.group(3).replace("[", "%5B")
                    .replace("]", "%5D")).header("Authorization", okhttp3.Credentials.basic(curl.group(1), curl.group(2)))
                    .build());
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.data().findValuesAsText("name")).contains("Globex Corporation");
        }
    }
}
