package newdeal.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each Block Kit limit the issue names, broken once through views.open over HTTP: Slack's {@code invalid_arguments}
 * with a message pointing at the broken field, and no view drawn.
 */
class BlockKitLimitsTest {
    private final StandInRig rig = new StandInRig();

    @AfterEach
    void stop() {
        rig.close();
    }

    static Stream<Arguments> brokenLimits() {
        return Stream.of(
                broken("101 blocks", "/view/blocks", v -> {
                    ArrayNode blocks = (ArrayNode) v.get("blocks");
                    for (int i = 1; i < 101; i++) {
                        blocks.addObject().put("type", "divider");
                    }
                }),
                broken("a 25-character title", "/view/title/text",
                        v -> ((ObjectNode) v.get("title")).put("text", "x".repeat(25))),
                broken("a 2001-character label", "/view/blocks/0/label/text", v -> input(v, "x".repeat(2001), 1, 10)),
                broken("a 76-character option text", "/view/blocks/0/element/options/0/text/text",
                        v -> input(v, "Step", 1, 76)),
                broken("101 options", "/view/blocks/0/element/options", v -> input(v, "Step", 101, 10)),
                broken("3001 characters of private_metadata", "/view/private_metadata",
                        v -> v.put("private_metadata", "m".repeat(3001))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLimits")
    void refuses_a_view_that_breaks_a_limit_and_draws_nothing(String what, String pointer, Consumer<ObjectNode> breaks) {
        ObjectNode view = rig.view("New deal", 1);
        breaks.accept(view);

        JsonNode answer = rig.openModal(view);

        assertThat(answer.path("error").asText()).isEqualTo("invalid_arguments");
        assertThat(answer.path("response_metadata").path("messages").toString())
                .contains("[json-pointer:" + pointer + "]");
        assertThat(rig.modalViews()).isEmpty();
    }

    @Test
    void draws_a_view_at_every_limit() {
        ObjectNode view = rig.view("x".repeat(24), 1);
        view.put("private_metadata", "m".repeat(3000));
        input(view, "l".repeat(2000), 100, 75);
        ArrayNode blocks = (ArrayNode) view.get("blocks");
        while (blocks.size() < 100) {
            blocks.addObject().put("type", "divider");
        }

        JsonNode answer = rig.openModal(view);

        assertThat(answer.path("ok").asBoolean()).as(answer.toString()).isTrue();
        assertThat(rig.modalViews()).hasSize(1);
    }

    @Test
    void refuses_an_options_load_answer_of_more_than_100_options() {
        ObjectNode view = rig.view("New deal", 0);
        ObjectNode block = ((ArrayNode) view.get("blocks")).addObject().put("type", "input").put("block_id", "acc");
        block.putObject("label").put("type", "plain_text").put("text", "Account");
        block.putObject("element").put("type", "external_select").put("action_id", "account")
                .put("min_query_length", 1);
        view.putObject("submit").put("type", "plain_text").put("text", "Create");
        String viewId = rig.openModal(view).path("view").path("id").asText();
        rig.app.answer(request -> options(101));

        JsonNode tooMany = rig.page("suggest", rig.json.createObjectNode().put("view_id", viewId)
                .put("block_id", "acc").put("action_id", "account").put("value", "glo"));
        rig.app.answer(request -> options(100));
        JsonNode enough = rig.page("suggest", rig.json.createObjectNode().put("view_id", viewId)
                .put("block_id", "acc").put("action_id", "account").put("value", "glo"));

        assertThat(tooMany.path("error").asText()).isEqualTo("invalid_arguments");
        assertThat(tooMany.has("options")).isFalse();
        assertThat(enough.path("options")).hasSize(100);
    }

    private static String options(int count) {
        StringBuilder json = new StringBuilder("{\"options\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"text\":{\"type\":\"plain_text\",\"text\":\"Account ")
                    .append(i).append("\"},\"value\":\"a").append(i).append("\"}");
        }
        return json.append("]}").toString();
    }

    private static Arguments broken(String what, String pointer, Consumer<ObjectNode> breaks) {
        return Arguments.of(what, pointer, breaks);
    }

    /** Makes the first block an input with a static select of {@code options} options of {@code textLength}. */
    private static void input(ObjectNode view, String label, int options, int textLength) {
        ObjectNode block = ((ArrayNode) view.get("blocks")).insertObject(0).put("type", "input").put("block_id", "in");
        block.putObject("label").put("type", "plain_text").put("text", label);
        ObjectNode element = block.putObject("element").put("type", "static_select").put("action_id", "step");
        ArrayNode list = element.putArray("options");
        for (int i = 0; i < options; i++) {
            ObjectNode option = list.addObject().put("value", "v" + i);
            option.putObject("text").put("type", "plain_text").put("text", ("o" + i + "x".repeat(textLength))
                    .substring(0, textLength));
        }
        ((ArrayNode) view.get("blocks")).remove(1);
        view.putObject("submit").put("type", "plain_text").put("text", "Create");
    }
}
