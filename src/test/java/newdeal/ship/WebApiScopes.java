package newdeal.ship;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which bot scopes the Web API calls in the code need, after Slack's method pages ("Required scopes"). A method not
 * in the table fails the check: whoever adds a call adds its scopes here and in {@code manifest.yml}.
 */
final class WebApiScopes {
    /** Bolt's MethodsClient method → the bot scopes it needs here (empty: none). */
    static final Map<String, Set<String>> TABLE = Map.ofEntries(
            Map.entry("authTest", Set.of()),
            Map.entry("viewsOpen", Set.of()),
            Map.entry("viewsUpdate", Set.of()),
            Map.entry("viewsPush", Set.of()),
            Map.entry("chatPostMessage", Set.of("chat:write")),
            Map.entry("chatPostEphemeral", Set.of("chat:write")),
            Map.entry("chatUpdate", Set.of("chat:write")),
            // users.info needs users:read; new-deal reads the profile email, which needs users:read.email too
            Map.entry("usersInfo", Set.of("users:read", "users:read.email")),
            Map.entry("usersLookupByEmail", Set.of("users:read.email")),
            Map.entry("conversationsOpen", Set.of("im:write")),
            // Socket Mode: called with the app-level token (connections:write), which is no bot scope
            Map.entry("appsConnectionsOpen", Set.of()),
            // Bolt's ctx.say(...) is chat.postMessage
            Map.entry("say", Set.of("chat:write")));

    /** A slash command needs the commands scope, whatever the code calls. */
    static final String COMMANDS = "commands";

    private static final Pattern CALL = Pattern.compile("(?:\\.\\s*(\\w+)\\s*\\(|::\\s*(\\w+))");
    /** A call made by name with Bolt's constant, such as {@code Methods.VIEWS_OPEN} ("views.open"). */
    private static final Pattern BY_NAME = Pattern.compile("\\bMethods\\s*\\.\\s*([A-Z][A-Z_]*)");
    private static final Set<String> WEB_API_METHODS = webApiMethods();

    private WebApiScopes() {
    }

    /** What the check found; all three empty means the manifest lists exactly the scopes the code needs. */
    record Report(Set<String> unknownCalls, Set<String> missing, Set<String> unneeded) {
        boolean clean() {
            return unknownCalls.isEmpty() && missing.isEmpty() && unneeded.isEmpty();
        }
    }

    /** The Web API methods (and Bolt's {@code say}) called or referenced in the code, or named by constant. */
    static Set<String> calls(JavaSources sources) {
        Set<String> found = new TreeSet<>();
        sources.statements().forEach(code -> {
            Matcher m = CALL.matcher(code);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                if (WEB_API_METHODS.contains(name) || "say".equals(name)) {
                    found.add(name);
                }
            }
            Matcher named = BY_NAME.matcher(code);
            while (named.find()) {
                found.add(camelCase(named.group(1)));
            }
        });
        return found;
    }

    /** {@code VIEWS_OPEN} → {@code viewsOpen}, the name of MethodsClient's method for it. */
    private static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        for (String part : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    static Report check(Set<String> calls, boolean slashCommands, Set<String> listed) {
        Set<String> unknown = calls.stream().filter(c -> !TABLE.containsKey(c)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> needed = calls.stream().flatMap(c -> TABLE.getOrDefault(c, Set.of()).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        if (slashCommands) {
            needed.add(COMMANDS);
        }
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(listed);
        Set<String> unneeded = new TreeSet<>(listed);
        unneeded.removeAll(needed);
        return new Report(unknown, missing, unneeded);
    }

    private static Set<String> webApiMethods() {
        return Arrays.stream(MethodsClient.class.getMethods())
                .filter(m -> SlackApiResponse.class.isAssignableFrom(m.getReturnType()))
                .map(Method::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
