package newdeal.bare;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The yardstick the benchmark holds new-deal against: a bare Bolt for Java app in Javalin, as a new user writes one
 * from Bolt's documentation, with new-deal's Slack settings (same Bolt and Javalin, the Web API at SLACK_API_URL,
 * auth.test kept from the start, no stats). {@code /new-deal} opens a small static modal with views.open and acks.
 * Run in a JVM of its own with PORT, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_API_URL; {@code GET /healthz}
 * answers once it takes requests.
 */
public final class BareBoltApp {
    private static final View MODAL = Views.view(v -> v.type("modal").callbackId("bare")
            .title(Views.viewTitle(t -> t.type("plain_text").text("New deal")))
            .submit(Views.viewSubmit(s -> s.type("plain_text").text("Create")))
            .blocks(List.of(Blocks.input(i -> i.blockId("deal_name").label(BlockCompositions.plainText("Deal name"))
                    .element(BlockElements.plainTextInput(p -> p.actionId("deal_name")))))));

    private BareBoltApp() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv(); // a program of its own, outside the app's rules
        SlackConfig slack = new SlackConfig();
        slack.setMethodsEndpointUrlPrefix(env.get("SLACK_API_URL"));
        slack.setStatsEnabled(false);
        App app = new App(AppConfig.builder().signingSecret(env.get("SLACK_SIGNING_SECRET"))
                .singleTeamBotToken(env.get("SLACK_BOT_TOKEN")).authTestCacheExpirationMillis(-1)
                .slack(Slack.getInstance(slack)).build());
        app.command("/new-deal", (request, ctx) -> {
            ctx.client().viewsOpen(r -> r.triggerId(request.getPayload().getTriggerId()).view(MODAL));
            return ctx.ack();
        });
        SlackRequestParser parser = new SlackRequestParser(app.config());
        app.start();
        Javalin.create(config -> config.showJavalinBanner = false)
                .post("/slack/events", ctx -> answer(ctx, app.run(parse(parser, ctx))))
                .get("/healthz", ctx -> ctx.result("ok"))
                .start(Integer.parseInt(env.getOrDefault("PORT", "3000")));
    }

    private static Request<?> parse(SlackRequestParser parser, Context ctx) {
        Map<String, List<String>> headers = ctx.headerMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        return parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(ctx.path())
                .queryString(ctx.queryParamMap()).requestBody(ctx.body()).headers(new RequestHeaders(headers))
                .remoteAddress(ctx.ip()).build());
    }

    private static void answer(Context ctx, Response response) {
        ctx.status(response.getStatusCode());
        response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }
}
