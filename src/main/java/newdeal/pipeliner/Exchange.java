package newdeal.pipeliner;

import java.io.IOException;

/** What one HTTP attempt came to: an answer with any status, or an I/O failure. */
sealed interface Exchange {

    /**
     * Whether Pipeliner may have acted on the request: it succeeded, or failed on the server side (5xx), or the
     * connection failed after sending began. A 4xx, 429 included, is a refusal: nothing was done.
     */
    boolean mayHaveActed();

    record Answer(int status, String retryAfter, byte[] body) implements Exchange {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public boolean mayHaveActed() {
            return ok() || status >= 500;
        }
    }

    /** {@code sent} is false only when the connection was never established (nothing left this process). */
    record Failure(IOException error, boolean sent) implements Exchange {
        @Override
        public boolean mayHaveActed() {
            return sent;
        }
    }
}
