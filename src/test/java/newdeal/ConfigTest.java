package newdeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private static final String SECRET = "8f742231b10e8888abcd1234abcd5678";
    private static final String BOT_TOKEN = "xoxb-not-a-real-token-for-config-tests-bqgy";
    private static final String APP_TOKEN = "xapp-not-a-real-app-token-for-config-tests-0b0a";
    private static final String PASSWORD = "Very-Secret-Pipeliner-Password-9c1e";

    private static Map<String, String> slackOnly() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        return env;
    }

    private static Map<String, String> withPipeliner() {
        Map<String, String> env = slackOnly();
        env.put("PIPELINER_SERVICE_URL", "https://eu-central.api.pipelinersales.com/");
        env.put("PIPELINER_SPACE_ID", "fr_Myself");
        env.put("PIPELINER_API_USERNAME", "fr_Myself_API_user_5x7q");
        env.put("PIPELINER_API_PASSWORD", PASSWORD);
        return env;
    }

    private static Config.Invalid invalid(Map<String, String> env) {
        Config.Invalid e = catchThrowableOfType(Config.Invalid.class, () -> Config.from(env));
        assertThat(e).as("Config.from should refuse %s", env.keySet()).isNotNull();
        return e;
    }

    @Test
    void reads_the_two_slack_settings_and_takes_the_defaults_for_the_rest() {
        Config config = Config.from(slackOnly());

        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.slackSigningSecret()).isEqualTo(SECRET);
        assertThat(config.slackBotToken()).isEqualTo(BOT_TOKEN);
        assertThat(config.slackAppToken()).isEmpty();
        assertThat(config.slackApiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(config.pipeliner()).isEmpty();
        assertThat(config.opportunityUrl("fr_Myself", "abc-1"))
                .isEqualTo("https://crm.pipelinersales.com/space/fr_Myself/opportunities/abc-1/detail");
        assertThat(config.socketMode()).isFalse();
        assertThat(config.pipelinerTarget()).isEqualTo("sandbox");
        assertThat(config.redis()).isEmpty();
    }

    @Test
    void reads_a_real_pipeliner_space_with_the_service_url_trimmed_of_its_slash() {
        Config config = Config.from(withPipeliner());

        assertThat(config.pipeliner()).contains(new Config.PipelinerAccess(
                "https://eu-central.api.pipelinersales.com", "fr_Myself", "fr_Myself_API_user_5x7q", PASSWORD));
        assertThat(config.pipelinerTarget()).isEqualTo("eu-central.api.pipelinersales.com");
    }

    @Test
    void switches_to_socket_mode_when_an_app_token_is_set() {
        Map<String, String> env = slackOnly();
        env.put("SLACK_APP_TOKEN", APP_TOKEN);

        Config config = Config.from(env);

        assertThat(config.slackAppToken()).contains(APP_TOKEN);
        assertThat(config.socketMode()).isTrue();
    }

    @Test
    void reads_the_port_the_slack_api_url_and_the_link_template() {
        Map<String, String> env = slackOnly();
        env.put("PORT", " 8080 ");
        env.put("SLACK_API_URL", "http://127.0.0.1:9999/api");
        env.put("PIPELINER_OPPORTUNITY_URL", "https://crm.example.com/{space}/o/{id}");

        Config config = Config.from(env);

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.slackApiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
        assertThat(config.opportunityUrl("s1", "o1")).isEqualTo("https://crm.example.com/s1/o/o1");
    }

    @Test
    void treats_blank_values_as_unset() {
        Map<String, String> env = slackOnly();
        env.put("PORT", "  ");
        env.put("PIPELINER_SERVICE_URL", "");

        assertThat(Config.from(env).port()).isEqualTo(3000);
        assertThat(Config.from(env).pipeliner()).isEmpty();
    }

    @Test
    void says_where_the_admin_finds_each_missing_slack_setting() {
        Config.Invalid e = invalid(Map.of());

        assertThat(e.problems()).containsExactly(
                "SLACK_SIGNING_SECRET is not set (Slack app -> Basic Information -> App Credentials -> Signing Secret)",
                "SLACK_BOT_TOKEN is not set (Slack app -> OAuth & Permissions -> Bot User OAuth Token, xoxb-...)");
    }

    @Test
    void refuses_a_bot_token_of_the_wrong_kind_showing_only_its_last_four_characters() {
        Map<String, String> env = slackOnly();
        env.put("SLACK_BOT_TOKEN", "xoxp-not-a-real-user-token-7Qz9");

        assertThat(invalid(env).problems())
                .containsExactly("SLACK_BOT_TOKEN must start with xoxb- (the value set ends in ...7Qz9)");
    }

    @Test
    void refuses_an_app_token_of_the_wrong_kind() {
        Map<String, String> env = slackOnly();
        env.put("SLACK_APP_TOKEN", BOT_TOKEN);

        assertThat(invalid(env).problems())
                .containsExactly("SLACK_APP_TOKEN must start with xapp- (the value set ends in ...bqgy)");
    }

    @Test
    void refuses_a_token_pasted_as_the_signing_secret() {
        Map<String, String> env = slackOnly();
        env.put("SLACK_SIGNING_SECRET", BOT_TOKEN);

        assertThat(invalid(env).problems()).containsExactly("SLACK_SIGNING_SECRET holds a token (ending in ...bqgy), "
                + "not the signing secret from the Slack app's Basic Information page");
    }

    @Test
    void refuses_a_port_out_of_range_naming_the_number() {
        for (String bad : new String[] {"-1", "65536", "80.5"}) {
            Map<String, String> env = slackOnly();
            env.put("PORT", bad);

            assertThat(invalid(env).problems()).containsExactly("PORT is not a port number (0-65535): " + bad);
        }
    }

    @Test
    void refuses_a_port_that_is_not_a_number_showing_at_most_its_last_four_characters() {
        Map<String, String> env = slackOnly();
        env.put("PORT", "web");
        assertThat(invalid(env).problems())
                .containsExactly("PORT is not a port number (0-65535) (the value set has 3 characters)");

        env.put("PORT", "localhost:3000");
        assertThat(invalid(env).problems())
                .containsExactly("PORT is not a port number (0-65535) (the value set ends in ...3000)");
    }

    @Test
    void refuses_malformed_urls_showing_only_their_last_four_characters() {
        Map<String, String> env = slackOnly();
        env.put("SLACK_API_URL", "slack.com/api/");
        env.put("PIPELINER_OPPORTUNITY_URL", "ftp://crm.example.com/{id}");

        assertThat(invalid(env).problems()).containsExactly(
                "SLACK_API_URL is not an http(s) URL (the value set ends in ...api/)",
                "PIPELINER_OPPORTUNITY_URL is not an http(s) URL (the value set ends in ...{id})");
    }

    @Test
    void never_prints_a_token_pasted_into_a_url_or_the_port() {
        Map<String, String> env = withPipeliner();
        env.put("PORT", BOT_TOKEN);
        env.put("SLACK_API_URL", APP_TOKEN);
        env.put("PIPELINER_OPPORTUNITY_URL", "https://crm.example.com/{id}?token=" + BOT_TOKEN);
        env.put("PIPELINER_SERVICE_URL", BOT_TOKEN + "/api/v100");

        Config.Invalid e = invalid(env);

        assertThat(e.problems()).containsExactly(
                "PORT is not a port number (0-65535) (the value set ends in ...bqgy and looks like a Slack token)",
                "SLACK_API_URL is not an http(s) URL (the value set ends in ...0b0a and looks like a Slack token)",
                "PIPELINER_SERVICE_URL is not an http(s) URL (the value set ends in ...v100 and looks like a Slack "
                        + "token)",
                "PIPELINER_OPPORTUNITY_URL must not contain a Slack token (the value set ends in ...bqgy)");
        assertThat(e.getMessage()).doesNotContain(BOT_TOKEN.substring(0, BOT_TOKEN.length() - 4),
                APP_TOKEN.substring(0, APP_TOKEN.length() - 4));
    }

    @Test
    void refuses_a_link_template_without_the_id_placeholder() {
        Map<String, String> env = slackOnly();
        env.put("PIPELINER_OPPORTUNITY_URL", "https://crm.example.com/opportunities");

        assertThat(invalid(env).problems()).containsExactly(
                "PIPELINER_OPPORTUNITY_URL must contain {id}: https://crm.example.com/opportunities");
    }

    @Test
    void never_prints_a_url_that_carries_a_password() {
        Map<String, String> env = withPipeliner();
        env.put("PIPELINER_SERVICE_URL", "https://api_user:" + PASSWORD + "@eu-central.api.pipelinersales.com");

        Config.Invalid e = invalid(env);

        assertThat(e.problems()).containsExactly("PIPELINER_SERVICE_URL must not contain a user name or password");
        assertThat(e.getMessage()).doesNotContain(PASSWORD);
    }

    @Test
    void requires_the_space_id_and_both_keys_with_a_service_url() {
        Map<String, String> env = slackOnly();
        env.put("PIPELINER_SERVICE_URL", "https://eu-central.api.pipelinersales.com");

        assertThat(invalid(env).problems()).hasSize(3).allSatisfy(p -> assertThat(p)
                .contains("is not set, but PIPELINER_SERVICE_URL is: set all four or none")
                .contains("Show API Access"));
        assertThat(invalid(env).problems()).anySatisfy(p -> assertThat(p).startsWith("PIPELINER_SPACE_ID"))
                .anySatisfy(p -> assertThat(p).startsWith("PIPELINER_API_USERNAME"))
                .anySatisfy(p -> assertThat(p).startsWith("PIPELINER_API_PASSWORD"));
    }

    @Test
    void refuses_pipeliner_keys_without_a_service_url_instead_of_quietly_using_the_sandbox() {
        Map<String, String> env = withPipeliner();
        env.remove("PIPELINER_SERVICE_URL");
        env.remove("PIPELINER_API_PASSWORD");

        assertThat(invalid(env).problems()).containsExactly(
                "PIPELINER_SPACE_ID is set but PIPELINER_SERVICE_URL is not: set the service URL too, "
                        + "or unset PIPELINER_SPACE_ID to use the embedded sandbox",
                "PIPELINER_API_USERNAME is set but PIPELINER_SERVICE_URL is not: set the service URL too, "
                        + "or unset PIPELINER_API_USERNAME to use the embedded sandbox");
    }

    @Test
    void refuses_a_service_url_that_holds_the_api_path() {
        Map<String, String> env = withPipeliner();
        String pasted = "https://eu-central.api.pipelinersales.com/api/v100/rest/spaces/fr_Myself";
        env.put("PIPELINER_SERVICE_URL", pasted);

        assertThat(invalid(env).problems()).containsExactly("PIPELINER_SERVICE_URL must be the service address "
                + "alone, like https://eu-central.api.pipelinersales.com, without a path: " + pasted);
    }

    @Test
    void reports_every_problem_together_in_one_message_without_a_secret() {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "eighty");
        env.put("SLACK_BOT_TOKEN", "xapp-" + PASSWORD);
        env.put("SLACK_APP_TOKEN", "xoxb-" + PASSWORD);
        env.put("SLACK_API_URL", "not a url");
        env.put("PIPELINER_SERVICE_URL", "https://us-east.api.pipelinersales.com");
        env.put("PIPELINER_API_PASSWORD", PASSWORD);

        Config.Invalid e = invalid(env);

        assertThat(e.problems()).hasSize(7);
        assertThat(e.getMessage()).startsWith("new-deal cannot start, fix its environment:\n  - PORT")
                .contains("SLACK_SIGNING_SECRET is not set", "SLACK_BOT_TOKEN must start with xoxb-",
                        "SLACK_APP_TOKEN must start with xapp-", "SLACK_API_URL is not an http(s) URL",
                        "PIPELINER_SPACE_ID is not set", "PIPELINER_API_USERNAME is not set")
                .doesNotContain(PASSWORD.substring(0, PASSWORD.length() - 4));
        // a bare environment (no LANG) prints anything else as '?'
        assertThat(e.getMessage()).as("plain ASCII").matches("\\p{ASCII}*");
    }

    @Test
    void shows_secrets_only_by_their_last_four_characters() {
        Map<String, String> env = withPipeliner();
        env.put("SLACK_APP_TOKEN", APP_TOKEN);

        String shown = Config.from(env).toString();

        assertThat(shown).contains("...5678", "...bqgy", "...0b0a", "...9c1e", "eu-central.api.pipelinersales.com")
                .doesNotContain(SECRET, BOT_TOKEN, APP_TOKEN, PASSWORD, "fr_Myself_API_user_5x7q");
    }

    @Test
    void shows_nothing_of_a_short_secret() {
        assertThat(Config.lastFour("abcd1234")).isEqualTo("...");
        assertThat(Config.lastFour(null)).isEqualTo("unset");
    }
}
