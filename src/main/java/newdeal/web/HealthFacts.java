package newdeal.web;

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

    /** The facts for this build: its version (read once by Main) with the given mode and Pipeliner target. */
    public static HealthFacts of(String version, boolean socketMode, String pipeliner) {
        return new HealthFacts(version, socketMode ? SOCKET : HTTP, pipeliner);
    }
}
