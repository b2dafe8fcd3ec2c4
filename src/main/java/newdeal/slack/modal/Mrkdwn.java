package newdeal.slack.modal;

/**
 * Text from the rep or from Pipeliner on its way into Slack's mrkdwn: escaped, so that {@code <!channel>}, a
 * {@code <url|label>} or an {@code &} shows as typed instead of pinging, linking or vanishing. The one escape
 * function of the app (Slack's formatting rules ask for exactly these three).
 */
public final class Mrkdwn {
    private Mrkdwn() {
    }

    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
