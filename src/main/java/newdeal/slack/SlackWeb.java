package newdeal.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.view.View;
import com.slack.api.webhook.WebhookResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import newdeal.slack.modal.ReplyMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API calls new-deal makes, each answering plainly (empty or false) when Slack says no; the failure is
 * logged with Slack's error code, never with a token or a payload.
 */
final class SlackWeb {
    private static final Logger log = LoggerFactory.getLogger(SlackWeb.class);

    /** A view Slack holds open: its id and the hash the next update must name. */
    record OpenedView(String id, String hash) {
    }

    /** What views.open came to: the view, or why not (Slack's error code, or {@link #UNREACHABLE}). */
    record Opening(Optional<OpenedView> view, String error) {
    }

    /** The error of a call that never got Slack's answer (network, timeout). */
    static final String UNREACHABLE = "unreachable";
    private static final byte[] SAMPLE_ANSWER =
            "{\"ok\":true,\"view\":{\"id\":\"V0\",\"blocks\":[{\"type\":\"input\"}],\"hash\":\"0.0\"}}"
                    .getBytes(StandardCharsets.UTF_8);

    private final MethodsClient client;
    private final Slack slack;
    private final ViewCalls views;

    /** Calls go through {@code slack}'s HTTP client to its Web API URL, with {@code botToken}. */
    SlackWeb(Slack slack, String botToken) {
        this.client = slack.methods(botToken);
        this.slack = slack;
        this.views = new ViewCalls(slack.getHttpClient().getOkHttpClient(),
                slack.getConfig().getMethodsEndpointUrlPrefix(), botToken);
    }

    Opening open(String triggerId, View view) {
        ViewAnswer answer = view("views.open", () -> views.open(triggerId, view));
        return new Opening(answer.view(), answer.error());
    }

    /** Replaces the view; {@code hash} null skips Slack's check for a newer version. Returns the new hash. */
    Optional<String> update(String viewId, String hash, View view) {
        return view("views.update", () -> views.update(viewId, hash, view)).view().map(OpenedView::hash);
    }

    /**
     * Offline: writes {@code view} into a views.open body and reads an answer as views.open does, so that the first
     * rep's command does not pay for loading those classes. Returns the body's size in bytes.
     */
    long warmUp(View view) throws IOException {
        long bytes = views.body(json -> json.name("trigger_id").value("warm-up"), view).size();
        views.read(new ByteArrayInputStream(SAMPLE_ANSWER));
        return bytes;
    }

    /** The Slack user's email (scope users:read.email), if Slack shares it. */
    Optional<String> email(String userId) {
        return call("users.info", () -> client.usersInfo(r -> r.user(userId)))
                .map(r -> r.getUser() == null || r.getUser().getProfile() == null ? null
                        : r.getUser().getProfile().getEmail());
    }

    /** An ephemeral message through a slash command's response_url; false when Slack refused it. */
    boolean respond(String responseUrl, ReplyMessage message) {
        try {
            WebhookResponse answer = new Responder(slack, responseUrl).sendToCommand(r -> r.responseType("ephemeral")
                    .text(message.text()).blocks(message.blocks()));
            if (answer.getCode() == 200) {
                return true;
            }
            log.warn("response_url refused the reply: HTTP {}", answer.getCode());
        } catch (IOException | RuntimeException e) {
            log.warn("response_url could not be reached: {}", e.getClass().getSimpleName());
        }
        return false;
    }

    /** A message in the app's DM with the user (chat.postMessage with the user id as channel). */
    boolean directMessage(String userId, ReplyMessage message) {
        return call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(userId).text(message.text())
                .blocks(message.blocks()))).isPresent();
    }

    private <T extends SlackApiTextResponse> Optional<T> call(String method, SlackCall<T> call) {
        return answer(method, call).ok();
    }

    private <T extends SlackApiTextResponse> Answer<T> answer(String method, SlackCall<T> call) {
        try {
            T answer = call.run();
            if (answer.isOk()) {
                return new Answer<>(Optional.of(answer), null);
            }
            log.warn("Slack {} failed: {}", method, answer.getError());
            return new Answer<>(Optional.empty(), answer.getError());
        } catch (IOException | SlackApiException | RuntimeException e) {
            log.warn("Slack {} could not be called: {}", method, e.getClass().getSimpleName());
            return new Answer<>(Optional.empty(), UNREACHABLE);
        }
    }

    private ViewAnswer view(String method, ViewCall call) {
        try {
            ViewCalls.Answer answer = call.run();
            if (answer.ok() && answer.viewId() != null && answer.hash() != null) {
                return new ViewAnswer(Optional.of(new OpenedView(answer.viewId(), answer.hash())), null);
            }
            if (answer.ok()) {
                log.warn("Slack {} answered ok without the view's id and hash", method);
                return new ViewAnswer(Optional.empty(), UNREACHABLE);
            }
            log.warn("Slack {} failed: {}", method, answer.error());
            return new ViewAnswer(Optional.empty(), answer.error());
        } catch (IOException | RuntimeException e) {
            log.warn("Slack {} could not be called: {}", method, e.getClass().getSimpleName());
            return new ViewAnswer(Optional.empty(), UNREACHABLE);
        }
    }

    private record Answer<T>(Optional<T> ok, String error) {
    }

    private record ViewAnswer(Optional<OpenedView> view, String error) {
    }

    @FunctionalInterface
    private interface ViewCall {
        ViewCalls.Answer run() throws IOException;
    }

    @FunctionalInterface
    private interface SlackCall<T> {
        T run() throws IOException, SlackApiException;
    }
}
