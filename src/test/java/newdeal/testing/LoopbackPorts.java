package newdeal.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for servers the tests start on 127.0.0.1 and may stop and start again on the same port. */
final class LoopbackPorts {
    private LoopbackPorts() {
    }

    /**
     * A free port below the kernel's ephemeral range, so that no client socket on this machine (another build's
     * connection, or a client reconnecting while the server is stopped) is given it as its own port and keeps a
     * restarted server from binding it again.
     */
    static int free() throws IOException {
        int below = ephemeralLow();
        for (int attempt = 0; attempt < 50 && below > 20_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, below);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int ephemeralLow() {
        try {
            // read line by line: a /proc file's size says nothing of its content
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default
        }
    }
}
