package newdeal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One TCP connection to the app, written byte by byte as a hostile or broken client would: headers that never end,
 * bodies that never finish. Reads what the server does about it: an answer, a close, or nothing yet.
 */
public final class RawConnection implements AutoCloseable {
    private final Socket socket;

    private RawConnection(Socket socket) {
        this.socket = socket;
    }

    public static RawConnection open(int port) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            return new RawConnection(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to port " + port, e);
        }
    }

    /** The start of a POST to /slack/events announcing {@code contentLength} bytes (-1: chunked), headers done. */
    public static String postHead(long contentLength) {
        String length = contentLength < 0 ? "Transfer-Encoding: chunked" : "Content-Length: " + contentLength;
        return "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n" + length + "\r\n\r\n";
    }

    public RawConnection send(String text) {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawConnection send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("the server no longer takes bytes", e);
        }
    }

    /** Writes without failing; false once the server stopped taking bytes (closed or reset the connection). */
    public boolean trySend(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What the server sent before closing or within {@code max}: its status line, "closed" when it closed without
     * answering, or null when neither happened in time.
     */
    public String awaitAnswerOrClose(Duration max) {
        try {
            socket.setSoTimeout((int) max.toMillis());
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b; (b = in.read()) >= 0 && b != '\r'; ) {
                line.append((char) b);
            }
            return line.length() == 0 ? "closed" : line.toString();
        } catch (SocketTimeoutException e) {
            return null;
        } catch (IOException e) {
            return "closed"; // reset by the server
        }
    }

    /** Sends a whole GET and reads its whole answer, leaving the connection open (kept alive); returns the status. */
    public int get(String path) {
        send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        try {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            String status = line(in);
            long length = 0;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Long.parseLong(header.substring("content-length:".length()).strip());
                }
            }
            in.readNBytes((int) length);
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to GET " + path, e);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** True when the server has neither answered nor closed this connection (yet): a read finds nothing. */
    public boolean openAndUnanswered() {
        return awaitAnswerOrClose(Duration.ofMillis(1)) == null;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
