package newdeal.playground;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Slack's Web API answer bodies: {@code ok: true} with fields, or {@code ok: false} with an error code. */
final class ApiAnswer {
    private ApiAnswer() {
    }

    static ObjectNode ok() {
        return JsonNodeFactory.instance.objectNode().put("ok", true);
    }

    static ObjectNode error(String code) {
        return JsonNodeFactory.instance.objectNode().put("ok", false).put("error", code);
    }

    /** {@code invalid_arguments} (or {@code invalid_blocks}) with Slack's messages naming each broken limit. */
    static ObjectNode invalid(String code, List<String> messages) {
        ObjectNode answer = error(code);
        var list = answer.putObject("response_metadata").putArray("messages");
        messages.forEach(list::add);
        return answer;
    }
}
