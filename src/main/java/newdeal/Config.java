package newdeal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything new-deal reads from its environment, checked at once: {@link #from} reports every problem together.
 * {@link #toString()} shows secrets only by their last 4 characters.
 */
public record Config(int port, String slackSigningSecret, String slackBotToken, Optional<String> slackAppToken,
                     String slackApiUrl, Optional<PipelinerAccess> pipeliner, String opportunityUrlTemplate) {

    static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    static final String DEFAULT_OPPORTUNITY_URL =
            "https://crm.pipelinersales.com/space/{space}/opportunities/{id}/detail";

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
            super("new-deal cannot start, fix its environment:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() { return problems; }
    }

    public static Config from(Map<String, String> env) {
        Reader r = new Reader(env);
        int port = r.port("PORT", 3000);
        String signingSecret = r.required("SLACK_SIGNING_SECRET");
        String botToken = r.token("SLACK_BOT_TOKEN", "xoxb-", true);
        Optional<String> appToken = Optional.ofNullable(r.token("SLACK_APP_TOKEN", "xapp-", false));
        String slackApiUrl = withSlash(r.url("SLACK_API_URL", DEFAULT_SLACK_API_URL));
        Optional<PipelinerAccess> pipeliner = r.pipeliner();
        String template = r.url("PIPELINER_OPPORTUNITY_URL", DEFAULT_OPPORTUNITY_URL);
        if (template != null && !template.contains("{id}")) {
            r.problem("PIPELINER_OPPORTUNITY_URL must contain {id}: " + template);
        }
        r.failIfAny();
        return new Config(port, signingSecret, botToken, appToken, slackApiUrl, pipeliner, template);
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
                + ", opportunityUrlTemplate=" + opportunityUrlTemplate + "]";
    }

    /** A secret as it may be shown: only its last 4 characters. */
    static String lastFour(String secret) {
        if (secret == null) {
            return "unset";
        }
        return secret.length() <= 8 ? "…" : "…" + secret.substring(secret.length() - 4);
    }

    private static String withSlash(String url) {
        return url == null || url.endsWith("/") ? url : url + "/";
    }

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
                problem(name + " is not set");
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
            problem(name + " is not a port number (0–65535): " + v);
            return fallback;
        }

        String url(String name, String fallback) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            try {
                URI uri = new URI(v.replace("{", "%7B").replace("}", "%7D"));
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return v;
                }
            } catch (java.net.URISyntaxException ignored) {
                // reported below
            }
            problem(name + " is not an http(s) URL: " + v);
            return v;
        }

        Optional<PipelinerAccess> pipeliner() {
            String service = url("PIPELINER_SERVICE_URL", null);
            if (service == null) {
                return Optional.empty();
            }
            String space = requiredWithService("PIPELINER_SPACE_ID");
            String user = requiredWithService("PIPELINER_API_USERNAME");
            String password = requiredWithService("PIPELINER_API_PASSWORD");
            String trimmed = service.endsWith("/") ? service.substring(0, service.length() - 1) : service;
            return Optional.of(new PipelinerAccess(trimmed, space, user, password));
        }

        private String requiredWithService(String name) {
            String v = value(name);
            if (v == null) {
                problem(name + " is not set, but PIPELINER_SERVICE_URL is: set all four or none");
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
