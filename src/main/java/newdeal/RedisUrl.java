package newdeal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import newdeal.deal.state.RedisEndpoint;

/**
 * Reads {@code REDIS_URL} as Heroku's Key-Value Store and most hosts set it:
 * {@code redis[s]://[[user]:password@]host[:port][/database]}. The value holds a password, so a problem names what
 * is wrong and never shows the value.
 */
final class RedisUrl {
    static final String NAME = "REDIS_URL";
    private static final String FORM = "redis://[:password@]host[:port][/database] or rediss://... (TLS)";
    private static final Pattern DATABASE = Pattern.compile("/?|/\\d{1,4}");

    private RedisUrl() {
    }

    /** The endpoint, or empty with every problem given to {@code problems}. */
    static Optional<RedisEndpoint> read(String value, Consumer<String> problems) {
        URI uri = parse(value);
        if (uri == null || !("redis".equalsIgnoreCase(uri.getScheme()) || "rediss".equalsIgnoreCase(uri.getScheme()))) {
            problems.accept(NAME + " must look like " + FORM + " (the value set is not shown: it may hold a password)");
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            found.add(NAME + " names no host, or its port is not a number: it must look like " + FORM);
        } else if (uri.getPort() == 0 || uri.getPort() > 65535) {
            found.add(NAME + "'s port is not 1-65535: " + uri.getPort());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!DATABASE.matcher(path).matches()) {
            found.add(NAME + "'s path must be a database number like /0, or nothing");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            found.add(NAME + " must not have a query (?...) or fragment (#...): new-deal reads no options there");
        }
        String[] user = userInfo(uri.getRawUserInfo(), found);
        found.forEach(problems);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RedisEndpoint(host.startsWith("[") ? host.substring(1, host.length() - 1) : host,
                uri.getPort() == -1 ? RedisEndpoint.DEFAULT_PORT : uri.getPort(),
                "rediss".equalsIgnoreCase(uri.getScheme()), nonEmpty(user[0]), nonEmpty(user[1]),
                path.length() > 1 ? Integer.parseInt(path.substring(1)) : 0));
    }

    private static URI parse(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** {user, password}; "password" alone (no colon) is a password, as Redis clients read it. */
    private static String[] userInfo(String raw, List<String> found) {
        if (raw == null) {
            return new String[] {null, null};
        }
        int colon = raw.indexOf(':');
        try {
            return colon < 0 ? new String[] {null, decode(raw)}
                    : new String[] {decode(raw.substring(0, colon)), decode(raw.substring(colon + 1))};
        } catch (IllegalArgumentException e) {
            found.add(NAME + "'s user name or password has a broken %-escape (a % must be followed by 2 hex digits)");
            return new String[] {null, null};
        }
    }

    private static String decode(String raw) {
        // URLDecoder reads '+' as a space, which a URL's user info does not.
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Optional<String> nonEmpty(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
