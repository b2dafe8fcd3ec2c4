package newdeal.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.TestAbortedException;

class RedisServerTest {
    @RegisterExtension
    static final RedisServer redis = RedisServer.plain();

    @Test
    void runs_a_server_that_a_test_can_stop_and_start_again_on_the_same_port() {
        int port = redis.endpoint().port();
        assertThat(redis.admin().ping()).isEqualTo("PONG");

        redis.stop();
        assertThat(accepts(port)).as("a stopped server accepts connections").isFalse();
        assertThat(redis.endpoint().port()).as("a stopped server is not started again by asking its port")
                .isEqualTo(port);
        assertThat(accepts(port)).isFalse();
        redis.start();

        assertThat(redis.endpoint().port()).isEqualTo(port);
        assertThat(redis.admin().ping()).isEqualTo("PONG");
        assertThat(redis.admin().configGet("save")).containsEntry("save", "");
        assertThat(redis.admin().configGet("bind")).containsEntry("bind", "127.0.0.1");
    }

    @Test
    void pauses_the_server_as_a_hung_one_and_resumes_it() {
        redis.running();

        redis.pause();
        Waiting.until("the kernel shows redis-server stopped", Duration.ofSeconds(10),
                () -> redis.processState() == 'T');
        redis.resume();
        Waiting.until("redis-server runs again", Duration.ofSeconds(10), () -> redis.processState() != 'T');

        assertThat(redis.admin().ping()).isEqualTo("PONG");
    }

    @Test
    void skips_a_test_where_redis_server_is_not_installed_saying_how_to_install_it() {
        RedisServer absent = new RedisServer(Optional.empty(), false, Optional.empty(), false);

        assertThatThrownBy(absent::running).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("redis-server is not installed")
                .hasMessageContaining("sudo apt-get install redis-server");
    }

    @Test
    void fails_a_test_where_redis_server_is_not_installed_on_ci() {
        RedisServer absent = new RedisServer(Optional.empty(), false, Optional.empty(), true);

        assertThatThrownBy(absent::running).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("CI=true, so the Redis tests must run, but redis-server is not installed");
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
