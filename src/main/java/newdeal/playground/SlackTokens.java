package newdeal.playground;

import java.util.Locale;

/**
 * The {@code <…>} tokens of Slack's mrkdwn as HTML: links (http, https, mailto only), user and channel mentions,
 * special mentions and dates. Anything else shows as the text it is. Every character from the token is escaped.
 */
final class SlackTokens {
    private SlackTokens() {
    }

    static String html(String inside) {
        int bar = inside.indexOf('|');
        String target = bar < 0 ? inside : inside.substring(0, bar);
        String label = bar < 0 ? null : inside.substring(bar + 1);
        if (target.startsWith("@")) {
            String shown = label != null ? label : People.byId(target.substring(1)).map(Person::realName)
                    .orElse(target.substring(1));
            return mention("@" + shown);
        }
        if (target.startsWith("#")) {
            return mention("#" + (label != null ? label : target.substring(1)));
        }
        if (target.startsWith("!")) {
            return special(target.substring(1), label);
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            String href = MrkdwnHtml.decode(target);
            String text = label == null ? (lower.startsWith("mailto:") ? href.substring(7) : href)
                    : MrkdwnHtml.decode(label);
            return "<a href=\"" + MrkdwnHtml.escape(href) + "\" target=\"_blank\" rel=\"noopener noreferrer\">"
                    + MrkdwnHtml.escape(text) + "</a>";
        }
        return MrkdwnHtml.escape("<" + MrkdwnHtml.decode(inside) + ">");
    }

    private static String special(String what, String label) {
        if (what.equals("here") || what.equals("channel") || what.equals("everyone")) {
            return mention("@" + what);
        }
        if (what.startsWith("subteam^")) {
            return mention(label != null ? MrkdwnHtml.decode(label) : "@group");
        }
        if (what.startsWith("date^")) {
            return MrkdwnHtml.escape(label != null ? MrkdwnHtml.decode(label) : what);
        }
        return MrkdwnHtml.escape("<!" + MrkdwnHtml.decode(what) + ">");
    }

    private static String mention(String text) {
        return "<span class=\"mention\">" + MrkdwnHtml.escape(MrkdwnHtml.decode(text)) + "</span>";
    }
}
