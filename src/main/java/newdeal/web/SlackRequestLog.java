package newdeal.web;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per Slack request: its type, the command, callback or action id, the status and the milliseconds. */
final class SlackRequestLog {
    // A channel of its own rather than the class's name: the lines read "requests - slack Command ..." and an admin
    // can raise or silence them alone (org.slf4j.simpleLogger.log.newdeal.slack.requests).
    private static final Logger log = LoggerFactory.getLogger("newdeal.slack.requests");

    private SlackRequestLog() {
    }

    static void answered(Request<?> request, int status, long millis) {
        log.info("slack {} {} -> {} in {} ms", request.getRequestType(), idOf(request), status, millis);
    }

    static void refused(String why, int status, long millis) {
        log.info("slack request refused ({}) -> {} in {} ms", why, status, millis);
    }

    /** Only identifiers: never the payload, its values or any token. */
    static String idOf(Request<?> request) {
        if (request instanceof SlashCommandRequest r) {
            return r.getPayload().getCommand();
        }
        if (request instanceof ViewSubmissionRequest r) {
            return r.getPayload().getView() == null ? "-" : r.getPayload().getView().getCallbackId();
        }
        if (request instanceof BlockActionRequest r) {
            return r.getPayload().getActions() == null || r.getPayload().getActions().isEmpty() ? "-"
                    : r.getPayload().getActions().get(0).getActionId();
        }
        if (request instanceof BlockSuggestionRequest r) {
            return r.getPayload().getActionId();
        }
        return "-";
    }
}
