package newdeal.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The log lines written while it is open. slf4j-simple prints each line to the {@code System.err} of that moment, so
 * a second stream put in its place sees every line; the lines still reach the original stream too.
 */
public final class CapturedLog implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    public CapturedLog() {
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (seen) {
                    seen.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (seen) {
                    seen.write(bytes, offset, length);
                }
                original.write(bytes, offset, length);
            }
        };
        System.setErr(new PrintStream(both, true, StandardCharsets.UTF_8));
    }

    public String text() {
        System.err.flush();
        synchronized (seen) {
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
