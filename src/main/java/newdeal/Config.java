package newdeal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import newdeal.deal.state.RedisEndpoint;

/**
 * Everything new-deal reads from its environment, checked at once: {@link #from} reports every problem together.
 * {@link #toString()} shows secrets only by their last 4 characters, and of REDIS_URL only the address.
 *
 * @param redis where the state shared by several instances lives; empty: in this process's memory (one instance)
 */
public record Config(int port, String slackSigningSecret, String slackBotToken, Optional<String> slackAppToken,
                     String slackApiUrl, Optional<PipelinerAccess> pipeliner, String opportunityUrlTemplate,
                     Optional<RedisEndpoint> redis) {

    static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    static final String DEFAULT_OPPORTUNITY_URL =
            "https://crm.pipelinersales.com/space/{space}/opportunities/{id}/detail";
    private static final Pattern SLACK_TOKEN = Pattern.compile("xox[a-z]-|xapp-");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,9}(\\.\\d{1,9})?");

    /** Where and how to reach a real Pipeliner space; absent means the embedded sandbox. */
    public record PipelinerAccess(String serviceUrl, String spaceId, String username, String password) {
        @Override
        public String toString() {
            return "PipelinerAccess[serviceUrl=" + serviceUrl + ", spaceId=" + spaceId + ", username="
                    + lastFour(username) + ", password=" + lastFour(password) + "]";
        }
    }

    /** The configuration could not be read; {@link #problems()} lists every reason, none holding a secret. */
    public static final class Invalid extends RuntimeException {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super("new-deal cannot start, fix its environment:\n  - " + String.join("\n  - ", problems)
                    + "\nTo try new-deal first in your browser, with no Slack app and no Pipeliner account: "
                    + "java -jar target/new-deal.jar playground");
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() { return problems; }
    }

    public static Config from(Map<String, String> env) {
        Reader r = new Reader(env);
        int port = r.port("PORT", 3000);
        String signingSecret = r.signingSecret("SLACK_SIGNING_SECRET");
        String botToken = r.token("SLACK_BOT_TOKEN", "xoxb-", true);
        Optional<String> appToken = Optional.ofNullable(r.token("SLACK_APP_TOKEN", "xapp-", false));
        String slackApiUrl = withSlash(r.url("SLACK_API_URL", DEFAULT_SLACK_API_URL));
        Optional<PipelinerAccess> pipeliner = r.pipeliner();
        String template = r.url("PIPELINER_OPPORTUNITY_URL", DEFAULT_OPPORTUNITY_URL);
        // null after a URL problem; a well-formed URL may be shown
        if (template != null && !template.contains("{id}")) {
            r.problem("PIPELINER_OPPORTUNITY_URL must contain {id}: " + template);
        }
        String redisUrl = r.value(RedisUrl.NAME);
        Optional<RedisEndpoint> redis = redisUrl == null ? Optional.empty() : RedisUrl.read(redisUrl, r::problem);
        r.failIfAny();
        return new Config(port, signingSecret, botToken, appToken, slackApiUrl, pipeliner, template, redis);
    }

    /** True when Slack's requests come over a Socket Mode connection instead of HTTP. */
    public boolean socketMode() {
        return slackAppToken.isPresent();
    }

    /** Which Pipeliner the app talks to, safe to show: the service URL's host, or "sandbox". */
    public String pipelinerTarget() {
        return pipeliner.map(p -> URI.create(p.serviceUrl()).getHost()).orElse("sandbox");
    }

    /** The opportunity's link in Pipeliner's web app. */
    public String opportunityUrl(String spaceId, String opportunityId) {
        return opportunityUrlTemplate.replace("{space}", spaceId).replace("{id}", opportunityId);
    }

    @Override
    public String toString() {
        return "Config[port=" + port + ", slackSigningSecret=" + lastFour(slackSigningSecret)
                + ", slackBotToken=" + lastFour(slackBotToken)
                + ", slackAppToken=" + slackAppToken.map(Config::lastFour).orElse("unset")
                + ", slackApiUrl=" + slackApiUrl + ", pipeliner=" + pipeliner.map(Object::toString).orElse("sandbox")
                + ", opportunityUrlTemplate=" + opportunityUrlTemplate
                + ", redis=" + redis.map(Object::toString).orElse("unset (state in memory)") + "]";
    }

    /** A secret as it may be shown: only its last 4 characters (ASCII: a bare environment prints nothing else). */
    static String lastFour(String secret) {
        if (secret == null) {
            return "unset";
        }
        return secret.length() <= 8 ? "..." : "..." + secret.substring(secret.length() - 4);
    }

    /**
     * What a problem may show of a value that might be a secret set in the wrong variable: its last 4 characters at
     * most, and whether it looks like a Slack token.
     */
    static String partly(String value) {
        String shown = value.length() <= 8 ? "the value set has " + value.length() + " characters"
                : "the value set ends in " + lastFour(value);
        return SLACK_TOKEN.matcher(value).find() ? shown + " and looks like a Slack token" : shown;
    }

    private static String withSlash(String url) {
        return url == null || url.endsWith("/") ? url : url + "/";
    }

    private static final List<String> PIPELINER_KEYS =
            List.of("PIPELINER_SPACE_ID", "PIPELINER_API_USERNAME", "PIPELINER_API_PASSWORD");

    /** Where an admin finds a required value, appended to "is not set". */
    private static final Map<String, String> HINTS = Map.of(
            "SLACK_SIGNING_SECRET", " (Slack app -> Basic Information -> App Credentials -> Signing Secret)",
            "SLACK_BOT_TOKEN", " (Slack app -> OAuth & Permissions -> Bot User OAuth Token, xoxb-...)");

    /** Reads values and collects problems instead of stopping at the first. */
    private static final class Reader {
        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> env) {
            this.env = env;
        }

        String value(String name) {
            String v = env.get(name);
            return v == null || v.isBlank() ? null : v.trim();
        }

        void problem(String text) {
            problems.add(text);
        }

        String required(String name) {
            String v = value(name);
            if (v == null) {
                problem(name + " is not set" + HINTS.getOrDefault(name, ""));
            }
            return v;
        }

        String signingSecret(String name) {
            String v = required(name);
            if (v != null && (v.startsWith("xox") || v.startsWith("xapp-"))) {
                problem(name + " holds a token (ending in " + lastFour(v)
                        + "), not the signing secret from the Slack app's Basic Information page");
            }
            return v;
        }

        String token(String name, String prefix, boolean required) {
            String v = required ? required(name) : value(name);
            if (v != null && !v.startsWith(prefix)) {
                problem(name + " must start with " + prefix + " (the value set ends in " + lastFour(v) + ")");
            }
            return v;
        }

        int port(String name, int fallback) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(v);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            // a number is shown; anything else might be a secret set here by mistake
            problem(name + " is not a port number (0-65535)" + (NUMBER.matcher(v).matches() ? ": " + v
                    : " (" + partly(v) + ")"));
            return fallback;
        }

        /** The value when it is an http(s) URL that may be shown, the fallback when unset, else null (a problem). */
        String url(String name, String fallback) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            URI uri = parse(v);
            if (uri != null && uri.getRawUserInfo() != null) {
                // the value holds a password: name the variable, never print it
                problem(name + " must not contain a user name or password");
            } else if (uri == null || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                problem(name + " is not an http(s) URL (" + partly(v) + ")");
            } else if (SLACK_TOKEN.matcher(v).find()) {
                problem(name + " must not contain a Slack token (the value set ends in " + lastFour(v) + ")");
            } else {
                return v;
            }
            return null;
        }

        private static URI parse(String v) {
            try {
                return new URI(v.replace("{", "%7B").replace("}", "%7D"));
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }

        Optional<PipelinerAccess> pipeliner() {
            if (value("PIPELINER_SERVICE_URL") == null) {
                for (String name : PIPELINER_KEYS) {
                    if (value(name) != null) {
                        problem(name + " is set but PIPELINER_SERVICE_URL is not: set the service URL too, or unset "
                                + name + " to use the embedded sandbox");
                    }
                }
                return Optional.empty();
            }
            String service = url("PIPELINER_SERVICE_URL", null);
            String path = service == null ? "" : Objects.toString(parse(service).getPath(), "");
            if (!path.isEmpty() && !"/".equals(path)) {
                problem("PIPELINER_SERVICE_URL must be the service address alone, like "
                        + "https://eu-central.api.pipelinersales.com, without a path: " + service);
            }
            String space = requiredWithService("PIPELINER_SPACE_ID");
            String user = requiredWithService("PIPELINER_API_USERNAME");
            String password = requiredWithService("PIPELINER_API_PASSWORD");
            String trimmed = service == null || !service.endsWith("/") ? service
                    : service.substring(0, service.length() - 1);
            return Optional.of(new PipelinerAccess(trimmed, space, user, password));
        }

        private String requiredWithService(String name) {
            String v = value(name);
            if (v == null) {
                problem(name + " is not set, but PIPELINER_SERVICE_URL is: set all four or none (Pipeliner -> "
                        + "Administration -> Unit, Users & Roles -> Applications -> Show API Access)");
            }
            return v;
        }

        void failIfAny() {
            if (!problems.isEmpty()) {
                throw new Invalid(problems);
            }
        }
    }
}
