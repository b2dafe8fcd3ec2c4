package newdeal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The project version Maven wrote into {@code /newdeal/version.properties} at build time. Main reads it once at
 * start and hands it to the parts that show it (/healthz, the Pipeliner client's User-Agent).
 */
final class BuildVersion {
    static final String UNKNOWN = "unknown";

    private BuildVersion() {
    }

    static String read() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("/newdeal/version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", UNKNOWN);
            // Run from sources without Maven's resource filtering: the placeholder is no version.
            return version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /newdeal/version.properties", e);
        }
    }
}
