package newdeal.ship;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.MethodsClient;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebApiScopesTest {
    private static final Set<String> LISTED = Set.of("commands", "chat:write", "users:read", "users:read.email");

    @Test
    void finds_calls_and_method_references_but_not_words_in_comments_or_strings() {
        JavaSources sources = JavaSources.of("""
                class Replies {
                    // ctx.client().usersLookupByEmail(r -> r) would need users:read.email
                    /* client.chatDelete(r -> r) */
                    String hint = "call client.conversationsOpen( first";
                    String url = "https://slack.com/api/"; Object o = client.viewsOpen(r -> r);
                    void send() { client.chatPostMessage(r -> r.text("x // y")); list.forEach(client::usersInfo); }
                }
                """);

        assertThat(WebApiScopes.calls(sources)).containsExactly("chatPostMessage", "usersInfo", "viewsOpen");
    }

    @Test
    void finds_calls_made_by_name_with_bolts_method_constants() {
        JavaSources sources = JavaSources.of(
                "class Views { Answer a() { return post(Methods.VIEWS_UPDATE, b); } String c = Methods.VIEWS_OPEN; }");

        assertThat(WebApiScopes.calls(sources)).containsExactly("viewsOpen", "viewsUpdate");
    }

    @Test
    void counts_bolt_say_as_chat_post_message() {
        JavaSources sources = JavaSources.of("class A { void a(Ctx ctx) { ctx.say(\"Created\"); } }");

        assertThat(WebApiScopes.calls(sources)).containsExactly("say");
        assertThat(WebApiScopes.check(Set.of("say"), false, Set.of("chat:write")).clean()).isTrue();
    }

    @Test
    void reports_the_scope_a_newly_added_call_needs() {
        Set<String> calls = Set.of("viewsOpen", "chatPostMessage", "usersInfo", "conversationsOpen");

        WebApiScopes.Report report = WebApiScopes.check(calls, true, LISTED);

        assertThat(report.missing()).containsExactly("im:write");
        assertThat(report.clean()).isFalse();
    }

    @Test
    void reports_a_call_whose_scopes_nobody_has_looked_up() {
        WebApiScopes.Report report =
                WebApiScopes.check(Set.of("viewsOpen", "chatPostMessage", "usersInfo", "filesUploadV2"), true, LISTED);

        assertThat(report.unknownCalls()).containsExactly("filesUploadV2");
    }

    @Test
    void reports_a_listed_scope_that_no_call_needs() {
        WebApiScopes.Report report = WebApiScopes.check(Set.of("viewsOpen", "usersInfo"), true, LISTED);

        assertThat(report.unneeded()).containsExactly("chat:write");
        assertThat(report.missing()).isEmpty();
    }

    @Test
    void needs_the_commands_scope_only_for_a_slash_command() {
        Set<String> calls = Set.of("chatPostMessage", "usersInfo");

        assertThat(WebApiScopes.check(calls, true, LISTED).clean()).isTrue();
        assertThat(WebApiScopes.check(calls, false, LISTED).unneeded()).containsExactly("commands");
    }

    @Test
    void names_only_real_web_api_methods_in_its_table() {
        Set<String> methods = Arrays.stream(MethodsClient.class.getMethods()).map(Method::getName)
                .collect(java.util.stream.Collectors.toSet());

        assertThat(WebApiScopes.TABLE.keySet()).allSatisfy(name ->
                assertThat(methods.contains(name) || "say".equals(name)).as(name).isTrue());
    }
}
