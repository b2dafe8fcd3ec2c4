package newdeal.pipeliner;

import newdeal.testing.CapturedLog;
import static newdeal.pipeliner.MockPipeliner.PASSWORD;
import static newdeal.pipeliner.MockPipeliner.USERNAME;
import static newdeal.pipeliner.MockPipeliner.soon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No API user name, password or Authorization header in any exception or log line, whatever goes wrong. */
class CredentialsNeverLeakTest {
    private static final String TOKEN = Base64.getEncoder()
            .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final MockPipeliner pipeliner = new MockPipeliner();
    private final PipelinerClient client = pipeliner.client();
    private final List<Throwable> failures = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        pipeliner.close();
    }

    @Test
    void no_exception_or_log_line_holds_a_credential() throws Exception {
        String log;
        try (CapturedLog captured = new CapturedLog()) {
            pipeliner.answerLooks(MockPipeliner.json(500, "opportunities-500.json"));
            pipeliner.reply(new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Basic realm=\"restapi\""));
            fail(() -> client.listUsers(soon()));
            pipeliner.reply(403, "clients-403.json");
            fail(() -> client.listUsers(soon()));
            pipeliner.reply(422, "opportunities-create-422-fields.json");
            fail(() -> client.createOpportunity(Opportunities.globexRenewal(), soon()));
            pipeliner.reply(500, "opportunities-500.json");
            fail(() -> client.createOpportunity(Opportunities.globexRenewal(), Instant.now().plusMillis(300)));
            for (int i = 0; i < 3; i++) {
                pipeliner.reply(new MockResponse().setResponseCode(503).setBody("<html>down</html>"));
            }
            fail(() -> client.listCurrencies(soon()));
            pipeliner.reply(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            fail(() -> client.listCurrencies(Instant.now().plusMillis(200)));
            pipeliner.reply(new MockResponse().setBody("not json"));
            fail(() -> client.listCurrencies(soon()));
            fail(() -> client.createOpportunity(Opportunities.withContacts(List.of()), Instant.now().minusMillis(1)));
            pipeliner.close();
            // A short deadline: the POST may die on the pooled connection the server just closed, which is ambiguous,
            // and then the client looks for it until the deadline.
            fail(() -> client.createOpportunity(Opportunities.globexRenewal(), Instant.now().plusMillis(300)));
            log = captured.text();
        }

        assertThat(failures).hasSize(9).doesNotContainNull();
        for (Throwable failure : failures) {
            assertThat(everything(failure)).doesNotContain(PASSWORD, USERNAME, TOKEN, "Authorization");
        }
        assertThat(log).contains("WARN").contains("code 40000").contains("503")
                .doesNotContain(PASSWORD, USERNAME, TOKEN, "Authorization");
    }

    @Test
    void the_client_and_its_parts_do_not_print_the_keys() {
        ApiHeaders headers = new ApiHeaders(USERNAME, PASSWORD, "new-deal/test");

        assertThat(headers.toString()).doesNotContain(PASSWORD, USERNAME, TOKEN);
        assertThat(client.toString()).doesNotContain(PASSWORD, USERNAME, TOKEN);
    }

    private void fail(Runnable call) {
        failures.add(catchThrowable(call::run));
    }

    /** The message, toString and stack trace of the whole cause chain. */
    private static String everything(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
