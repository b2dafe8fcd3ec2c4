package newdeal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A page per stored opportunity, standing in for Pipeliner's web app (the link new-deal replies with in playground
 * mode): what Pipeliner received, in plain HTML. Every value is HTML-escaped.
 */
final class OpportunityPage {
    static final String PATH = Sandbox.OPPORTUNITY_PAGE;
    private final Store store;

    OpportunityPage(Store store) {
        this.store = store;
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<ObjectNode> found = store.live(Entities.OPPORTUNITIES, id);
        if (found.isEmpty()) {
            ctx.status(404).contentType("text/html; charset=utf-8").result(page("Not found",
                    "<p>The sandbox has no opportunity with id <code>" + escape(id) + "</code>.</p>"));
            return;
        }
        ObjectNode row = found.get();
        String name = row.path("name").asText();
        ctx.contentType("text/html; charset=utf-8").result(page(name, "<h1>" + escape(name) + "</h1>\n<dl>\n"
                + item("Account", accounts(id)) + item("Contacts", contacts(id)) + item("Pipeline", pipeline(row))
                + item("Step", named("Steps", row.path("step_id").asText())) + item("Value", value(row))
                + item("Closing date", escape(row.path("closing_date").asText()))
                + item("Owner", named("Clients", row.path("owner_id").asText()))
                + item("Description", escape(row.path("description").asText("")))
                + item("Id", "<code>" + escape(id) + "</code>") + "</dl>"));
    }

    private String accounts(String opportunityId) {
        return related("LeadOpptyAccountRelations", "Accounts", "account_id", opportunityId, "accounts");
    }

    private String contacts(String opportunityId) {
        return related("LeadOpptyContactRelations", "Contacts", "contact_id", opportunityId, "contacts");
    }

    /** The related rows' names as a list, the primary one first and marked. */
    private String related(String relations, String entity, String idKey, String opportunityId, String list) {
        List<ObjectNode> rows = store.require(relations).liveWhere("lead_oppty_id", opportunityId).stream()
                .sorted(Comparator.comparing(r -> !r.path("is_primary").asBoolean())).toList();
        if (rows.isEmpty()) {
            return "<span class=\"none\">none</span>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"" + list + "\">");
        for (ObjectNode relation : rows) {
            String name = named(entity, relation.path(idKey).asText());
            html.append("<li").append(relation.path("is_primary").asBoolean() ? " class=\"primary\">" + name
                    + " <strong>(primary)</strong>" : ">" + name).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private String pipeline(ObjectNode row) {
        return store.live("Steps", row.path("step_id").asText())
                .map(step -> named("Pipelines", step.path("pipeline_id").asText())).orElse("");
    }

    private String value(ObjectNode row) {
        JsonNode value = row.path("value");
        String code = store.live("Currencies", value.path("currency_id").asText())
                .map(c -> c.path("code").asText()).orElse("?");
        java.math.BigDecimal amount = value.path("value_foreign").decimalValue();
        return escape((amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString() + " " + code);
    }

    private String named(String entity, String id) {
        return store.live(entity, id).map(r -> escape(r.hasNonNull("formatted_name")
                ? r.path("formatted_name").asText() : r.path("name").asText())).orElse("");
    }

    private static String item(String term, String html) {
        return "<dt>" + term + "</dt><dd>" + html + "</dd>\n";
    }

    private static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " - Pipeliner sandbox</title><style>"
                + "body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1c1d}"
                + "header{background:#0b3954;color:#fff;padding:12px 24px}main{padding:8px 24px;max-width:760px}"
                + "dl{display:grid;grid-template-columns:max-content 1fr;gap:8px 24px}dt{font-weight:600;color:#555}"
                + "dd{margin:0}ul{margin:0;padding-left:18px}.none{color:#777}"
                + "</style></head><body><header>Pipeliner sandbox &middot; opportunity</header><main>"
                + body + "</main></body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
