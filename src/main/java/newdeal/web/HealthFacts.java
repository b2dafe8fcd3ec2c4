package newdeal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What {@code /healthz} shows that stays fixed while the process runs. {@code pipeliner} is "sandbox" or the service
 * URL's host, never a URL with credentials; {@code mode} is "http" or "socket".
 */
public record HealthFacts(String version, String mode, String pipeliner) {
    public static final String HTTP = "http";
    public static final String SOCKET = "socket";

    public HealthFacts {
        if (!HTTP.equals(mode) && !SOCKET.equals(mode)) {
            throw new IllegalArgumentException("mode must be http or socket: " + mode);
        }
    }

    /** The facts for this build: its version with the given mode and Pipeliner target. */
    public static HealthFacts of(boolean socketMode, String pipeliner) {
        return new HealthFacts(buildVersion(), socketMode ? SOCKET : HTTP, pipeliner);
    }

    /** The project version Maven wrote into {@code /newdeal/version.properties}. */
    static String buildVersion() {
        try (InputStream in = HealthFacts.class.getResourceAsStream("/newdeal/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /newdeal/version.properties", e);
        }
    }
}
