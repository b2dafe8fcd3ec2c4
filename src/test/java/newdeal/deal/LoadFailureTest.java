package newdeal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import newdeal.pipeliner.PipelinerAuthException;
import newdeal.pipeliner.PipelinerUnavailableException;
import org.junit.jupiter.api.Test;

class LoadFailureTest {

    @Test
    void says_the_keys_were_refused_for_a_401_however_deep_the_futures_wrapped_it() {
        PipelinerAuthException refused = new PipelinerAuthException(401, 401, "ERROR_UNAUTHORIZED", "Unauthorized");

        assertThat(LoadFailure.of(refused)).isEqualTo(LoadFailure.KEYS_REFUSED);
        assertThat(LoadFailure.of(new ExecutionException(new CompletionException(refused))))
                .isEqualTo(LoadFailure.KEYS_REFUSED);
    }

    @Test
    void says_pipeliner_is_not_answering_for_anything_else() {
        assertThat(LoadFailure.of(new PipelinerUnavailableException("HTTP 503", null, true)))
                .isEqualTo(LoadFailure.NOT_ANSWERING);
        assertThat(LoadFailure.of(new TimeoutException())).isEqualTo(LoadFailure.NOT_ANSWERING);
        assertThat(LoadFailure.of(new CompletionException(null))).isEqualTo(LoadFailure.NOT_ANSWERING);
    }
}
