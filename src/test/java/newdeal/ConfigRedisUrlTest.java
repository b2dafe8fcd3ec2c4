package newdeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import newdeal.deal.state.RedisEndpoint;
import org.junit.jupiter.api.Test;

/** REDIS_URL in the configuration: read as Heroku and most hosts set it, its password never shown. */
class ConfigRedisUrlTest {
    private static final String PASSWORD = "p7a2d1c9e8f0b3a4c5d6e7f8091a2b3c";

    private static Map<String, String> withRedis(String url) {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd1234abcd5678");
        env.put("SLACK_BOT_TOKEN", "xoxb-not-a-real-token-for-config-tests-bqgy");
        env.put("REDIS_URL", url);
        return env;
    }

    private static Config.Invalid invalid(Map<String, String> env) {
        Config.Invalid e = catchThrowableOfType(Config.Invalid.class, () -> Config.from(env));
        assertThat(e).as("Config.from should refuse REDIS_URL").isNotNull();
        assertThat(e.getMessage()).doesNotContain(PASSWORD);
        return e;
    }

    @Test
    void reads_heroku_key_value_stores_tls_url_with_its_password() {
        String url = "rediss://:" + PASSWORD + "@ec2-3-91-12-7.compute-1.amazonaws.com:21730";

        Config config = Config.from(withRedis(url));

        assertThat(config.redis()).contains(new RedisEndpoint("ec2-3-91-12-7.compute-1.amazonaws.com", 21730, true,
                Optional.empty(), Optional.of(PASSWORD), 0));
    }

    @Test
    void reads_a_user_the_default_port_and_a_database_number() {
        Config config = Config.from(withRedis("redis://default:" + PASSWORD + "@redis.internal/2"));

        assertThat(config.redis()).contains(new RedisEndpoint("redis.internal", 6379, false,
                Optional.of("default"), Optional.of(PASSWORD), 2));
    }

    @Test
    void reads_a_password_with_escaped_characters_and_a_url_without_one() {
        assertThat(Config.from(withRedis("redis://:p%40ss%3Aw+rd@127.0.0.1:6380")).redis())
                .hasValueSatisfying(r -> assertThat(r.password()).contains("p@ss:w+rd"));
        assertThat(Config.from(withRedis("redis://127.0.0.1")).redis())
                .contains(RedisEndpoint.plain("127.0.0.1", 6379));
    }

    @Test
    void keeps_the_state_in_memory_when_redis_url_is_unset_or_blank() {
        Map<String, String> env = withRedis(" ");

        assertThat(Config.from(env).redis()).isEmpty();
        assertThat(Config.from(env).toString()).contains("redis=unset (state in memory)");
    }

    @Test
    void shows_the_address_and_that_a_password_is_set_never_the_password() {
        String shown = Config.from(withRedis("rediss://:" + PASSWORD + "@redis.example.com:6380")).toString();

        assertThat(shown).contains("redis=rediss://redis.example.com:6380 (password set)").doesNotContain(PASSWORD);
    }

    @Test
    void refuses_a_url_of_another_kind_without_showing_it() {
        assertThat(invalid(withRedis("https://:" + PASSWORD + "@redis.example.com")).problems()).containsExactly(
                "REDIS_URL must look like redis://[:password@]host[:port][/database] or rediss://... (TLS) "
                        + "(the value set is not shown: it may hold a password)");
        assertThat(invalid(withRedis(PASSWORD)).problems()).hasSize(1);
    }

    @Test
    void refuses_a_url_without_a_host_or_with_a_port_that_is_no_number() {
        for (String url : new String[] {"redis://:" + PASSWORD + "@:6379", "rediss://:" + PASSWORD + "@host:port"}) {
            assertThat(invalid(withRedis(url)).problems()).containsExactly("REDIS_URL names no host, or its port is "
                    + "not a number: it must look like redis://[:password@]host[:port][/database] or rediss://... "
                    + "(TLS)");
        }
    }

    @Test
    void refuses_a_port_out_of_range_a_path_that_is_no_database_and_a_query() {
        assertThat(invalid(withRedis("redis://:" + PASSWORD + "@host:70000")).problems())
                .containsExactly("REDIS_URL's port is not 1-65535: 70000");
        assertThat(invalid(withRedis("redis://:" + PASSWORD + "@host/cache")).problems())
                .containsExactly("REDIS_URL's path must be a database number like /0, or nothing");
        assertThat(invalid(withRedis("rediss://:" + PASSWORD + "@host:6380?ssl_cert_reqs=none")).problems())
                .containsExactly("REDIS_URL must not have a query (?...) or fragment (#...): new-deal reads no options "
                        + "there");
    }

    @Test
    void reports_a_redis_url_problem_together_with_the_others() {
        Map<String, String> env = withRedis("redis://:" + PASSWORD + "@host:0/x");
        env.put("PORT", "eighty");

        assertThat(invalid(env).problems()).containsExactly(
                "PORT is not a port number (0-65535) (the value set has 6 characters)",
                "REDIS_URL's port is not 1-65535: 0",
                "REDIS_URL's path must be a database number like /0, or nothing");
    }
}
