package newdeal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for 127.0.0.1, made at test time with the JDK's keytool and written as the PEM files a
 * TLS server reads (as Heroku's Key-Value Store presents one).
 */
public record SelfSignedCertificate(Path certificate, Path privateKey) {
    private static final char[] STORE_PASSWORD = "test-only".toCharArray();

    /** Makes one in {@code dir}; throws {@link IllegalStateException} saying why when keytool cannot. */
    public static SelfSignedCertificate make(Path dir) {
        Path store = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        try {
            Files.deleteIfExists(store); // keytool refuses to add a second key of the same name
        } catch (IOException e) {
            throw new IllegalStateException("Could not remove the old key store: " + e, e);
        }
        run(List.of(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD)));
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, STORE_PASSWORD);
            Key key = keys.getKey("server", STORE_PASSWORD);
            SelfSignedCertificate made =
                    new SelfSignedCertificate(dir.resolve("server.crt"), dir.resolve("server.key"));
            Files.writeString(made.certificate(), pem("CERTIFICATE", keys.getCertificate("server").getEncoded()));
            Files.writeString(made.privateKey(), pem("PRIVATE KEY", key.getEncoded())); // PKCS#8
            return made;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not write the certificate as PEM: " + e, e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run keytool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while keytool ran", e);
        }
    }
}
