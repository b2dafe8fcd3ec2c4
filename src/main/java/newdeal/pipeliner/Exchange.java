package newdeal.pipeliner;

import java.io.IOException;

/** What one HTTP attempt came to: an answer with any status, or an I/O failure. */
sealed interface Exchange {

    /**
     * Whether Pipeliner may have acted on the request: it succeeded, or failed on the server side (5xx), or the
     * connection failed after sending began. A 4xx, 429 included, is a refusal: nothing was done.
     */
    boolean mayHaveActed();

    /**
     * Whether Pipeliner may have acted and nothing in the answer says it did not: the connection failed after the
     * request went out (read or call timeout, reset), or a 5xx other than 503. Pipeliner may still be working on it.
     */
    boolean ambiguous();

    record Answer(int status, String retryAfter, byte[] body) implements Exchange {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** 503 Service Unavailable: the request was not processed, though a proxy may send it after forwarding. */
        boolean serviceUnavailable() {
            return status == 503;
        }

        @Override
        public boolean mayHaveActed() {
            return ok() || status >= 500;
        }

        @Override
        public boolean ambiguous() {
            return status >= 500 && !serviceUnavailable();
        }
    }

    /** {@code sent} is false only when the connection was never established (nothing left this process). */
    record Failure(IOException error, boolean sent) implements Exchange {
        @Override
        public boolean mayHaveActed() {
            return sent;
        }

        @Override
        public boolean ambiguous() {
            return sent;
        }
    }
}
