package newdeal.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** redis-server's arguments for a test: loopback only, nothing saved, the log on stdout, optionally TLS only. */
record RedisCommandLine(Path binary, Path dir, int port, Optional<String> password, boolean tls) {

    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of(binary.toString(), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", "", "--dir", dir.toString()));
        password.ifPresent(p -> args.addAll(List.of("--requirepass", p)));
        if (tls) {
            SelfSignedCertificate cert = certificate();
            args.addAll(List.of("--port", "0", "--tls-port", Integer.toString(port),
                    "--tls-cert-file", cert.certificate().toString(), "--tls-key-file", cert.privateKey().toString(),
                    "--tls-auth-clients", "no"));
        } else {
            args.addAll(List.of("--port", Integer.toString(port)));
        }
        return args;
    }

    private SelfSignedCertificate certificate() {
        try {
            return SelfSignedCertificate.make(dir);
        } catch (IllegalStateException e) {
            Assumptions.abort("No certificate for the TLS test: " + e.getMessage());
            throw e;
        }
    }
}
