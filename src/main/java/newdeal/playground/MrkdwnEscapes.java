package newdeal.playground;

/** Slack's three escapes, applied to text a member typed before it becomes a message (as Slack's client does). */
final class MrkdwnEscapes {
    private MrkdwnEscapes() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
