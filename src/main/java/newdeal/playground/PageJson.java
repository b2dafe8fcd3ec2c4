package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Views and messages on their way to the page: a copy in which every mrkdwn text object also carries {@code html},
 * its text drawn by {@link MrkdwnHtml}. The page sets plain_text with {@code textContent} and mrkdwn only from
 * {@code html}, so the sender's text can never become markup.
 */
final class PageJson {
    private PageJson() {
    }

    static ObjectNode view(ObjectNode view) {
        ObjectNode copy = view.deepCopy();
        decorate(copy);
        return copy;
    }

    /** A message: its blocks, and its top-level {@code text} (mrkdwn unless {@code mrkdwn: false}). */
    static ObjectNode message(ObjectNode message) {
        ObjectNode copy = message.deepCopy();
        decorate(copy.path("blocks"));
        boolean mrkdwn = copy.path("mrkdwn").asBoolean(true);
        String text = copy.path("text").asText("");
        copy.put("text_html", mrkdwn ? MrkdwnHtml.toHtml(text) : MrkdwnHtml.escape(text));
        return copy;
    }

    private static void decorate(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if ("mrkdwn".equals(object.path("type").asText()) && object.path("text").isTextual()) {
                object.put("html", object.path("verbatim").asBoolean(false)
                        ? MrkdwnHtml.escape(object.path("text").asText()).replace("\n", "<br>")
                        : MrkdwnHtml.toHtml(object.path("text").asText()));
            }
            object.elements().forEachRemaining(PageJson::decorate);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(PageJson::decorate);
        }
    }
}
