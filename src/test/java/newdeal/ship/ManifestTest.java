package newdeal.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import newdeal.slack.NewDealSlack;
import newdeal.web.WebServer;
import org.junit.jupiter.api.Test;

/** {@code manifest.yml} creates the app as the code is: same command, same URL, exactly the scopes the calls need. */
class ManifestTest {
    private static final SlackManifest MANIFEST = SlackManifest.read(Path.of("manifest.yml"));
    private static final JavaSources MAIN = JavaSources.under(Path.of("src/main/java"));
    private static final String HOST = "https://YOUR-HOST";

    @Test
    void is_a_version_1_manifest() {
        assertThat(MANIFEST.root().at("/_metadata/major_version").asInt()).isEqualTo(1);
        assertThat(MANIFEST.root().at("/display_information/name").asText()).isNotBlank();
        assertThat(MANIFEST.features().at("/bot_user/display_name").asText()).isNotBlank();
    }

    @Test
    void declares_the_command_the_code_listens_for_at_the_path_the_code_serves() {
        assertThat(MANIFEST.slashCommands()).singleElement().satisfies(command -> {
            assertThat(command.command()).isEqualTo(NewDealSlack.COMMAND);
            assertThat(command.url()).startsWith(HOST);
            assertThat(command.url().substring(HOST.length())).isEqualTo(WebServer.EVENTS_PATH);
            assertThat(command.description()).isNotBlank();
            assertThat(command.usageHint()).isEqualTo("[deal name]");
            assertThat(command.shouldEscape()).isFalse();
        });
    }

    @Test
    void sends_interactivity_and_options_loads_to_the_same_url_as_the_command() {
        String commandUrl = MANIFEST.slashCommands().get(0).url();

        assertThat(MANIFEST.settings().at("/interactivity/is_enabled").asBoolean()).isTrue();
        assertThat(MANIFEST.settings().at("/interactivity/request_url").asText()).isEqualTo(commandUrl);
        // without it an external select (account, contacts) shows no options at all
        assertThat(MANIFEST.settings().at("/interactivity/message_menu_options_url").asText()).isEqualTo(commandUrl);
    }

    @Test
    void enables_the_messages_tab_for_the_direct_message_fallback() {
        assertThat(MANIFEST.features().at("/app_home/messages_tab_enabled").asBoolean()).isTrue();
    }

    @Test
    void takes_requests_over_http_with_plain_tokens_in_one_workspace() {
        assertThat(MANIFEST.settings().path("socket_mode_enabled").isBoolean()).isTrue();
        assertThat(MANIFEST.settings().path("socket_mode_enabled").asBoolean()).isFalse();
        assertThat(MANIFEST.settings().path("token_rotation_enabled").asBoolean(true)).isFalse();
        assertThat(MANIFEST.settings().path("org_deploy_enabled").asBoolean(true)).isFalse();
    }

    @Test
    void lists_exactly_the_bot_scopes_the_web_api_calls_in_the_code_need() {
        Set<String> calls = WebApiScopes.calls(MAIN);

        WebApiScopes.Report report =
                WebApiScopes.check(calls, !MANIFEST.slashCommands().isEmpty(), MANIFEST.botScopes());

        assertThat(calls).as("the code calls the Web API").contains("viewsOpen", "usersInfo");
        assertThat(report.unknownCalls()).as("calls without an entry in WebApiScopes.TABLE").isEmpty();
        assertThat(report.missing()).as("scopes the code needs that manifest.yml does not list").isEmpty();
        assertThat(report.unneeded()).as("scopes manifest.yml lists that no call needs").isEmpty();
        assertThat(MANIFEST.botScopes()).containsExactlyInAnyOrder(
                "commands", "chat:write", "users:read", "users:read.email");
    }
}
