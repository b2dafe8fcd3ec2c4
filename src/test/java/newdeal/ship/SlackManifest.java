package newdeal.ship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/** The parts of {@code manifest.yml} the code must agree with, read as YAML. */
record SlackManifest(JsonNode root) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static SlackManifest read(Path file) {
        try {
            return new SlackManifest(YAML.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    record SlashCommand(String command, String url, String description, String usageHint, boolean shouldEscape) {}

    List<SlashCommand> slashCommands() {
        return StreamSupport.stream(root.path("features").path("slash_commands").spliterator(), false)
                .map(c -> new SlashCommand(c.path("command").asText(null), c.path("url").asText(null),
                        c.path("description").asText(null), c.path("usage_hint").asText(null),
                        c.path("should_escape").asBoolean(true)))
                .toList();
    }

    Set<String> botScopes() {
        Set<String> scopes = new TreeSet<>();
        root.path("oauth_config").path("scopes").path("bot").forEach(s -> scopes.add(s.asText()));
        return scopes;
    }

    JsonNode settings() {
        return root.path("settings");
    }

    JsonNode features() {
        return root.path("features");
    }
}
