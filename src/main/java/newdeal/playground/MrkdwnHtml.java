package newdeal.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's mrkdwn as the page shows it, turned into HTML that can hold no markup of the sender's: every character of
 * the text is HTML-escaped, and only this class's own tags are added (b, i, s, code, pre, blockquote, br, a with an
 * http(s) or mailto href, and mention spans). {@code &amp;}, {@code &lt;} and {@code &gt;} show as the characters
 * they stand for; {@code <url|text>}, {@code <@U…>}, {@code <#C…|name>} and {@code <!here>} as Slack draws them.
 * See https://api.slack.com/reference/surfaces/formatting.
 */
final class MrkdwnHtml {
    private static final char MARK = '\uE000';
    private static final char END = '\uE001';
    private static final Pattern PRE = Pattern.compile("```(.+?)```", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern ANGLE = Pattern.compile("<([^<>\\n]+)>");
    private static final Pattern BOLD = Pattern.compile("(?<![\\p{Alnum}*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\p{Alnum}*])");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\p{Alnum}_])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![\\p{Alnum}_])");
    private static final Pattern STRIKE = Pattern.compile("(?<![\\p{Alnum}~])~(?=\\S)([^~\\n]+?)(?<=\\S)~(?![\\p{Alnum}~])");
    private static final Pattern EMOJI = Pattern.compile(":([a-z0-9_+\\-]+):");
    private static final Pattern QUOTE = Pattern.compile("(?m)^&gt; ?(.*)$");
    private static final Pattern KEPT = Pattern.compile(MARK + "(\\d+)" + END);
    /**
     * The emoji the app uses, drawn with characters every font has (text presentation) and coloured by the page's
     * CSS, so they show even where no emoji font is installed; a few others as emoji.
     */
    private static final Map<String, String> EMOJIS = Map.ofEntries(
            Map.entry("white_check_mark", "\u2713"), Map.entry("heavy_check_mark", "\u2714\uFE0E"),
            Map.entry("warning", "\u26A0\uFE0E"), Map.entry("hourglass_flowing_sand", "\u231B\uFE0E"),
            Map.entry("hourglass", "\u231B\uFE0E"), Map.entry("x", "\u2717"),
            Map.entry("information_source", "\u2139\uFE0E"), Map.entry("star", "\u2605"),
            Map.entry("tada", "\uD83C\uDF89"), Map.entry("wave", "\uD83D\uDC4B"), Map.entry("+1", "\uD83D\uDC4D"),
            Map.entry("rocket", "\uD83D\uDE80"));

    private MrkdwnHtml() {
    }

    static String toHtml(String mrkdwn) {
        if (mrkdwn == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        String text = mrkdwn.replace(String.valueOf(MARK), "").replace(String.valueOf(END), "");
        text = keep(PRE, text, kept, m -> "<pre>" + escape(decode(m.group(1))) + "</pre>");
        text = keep(CODE, text, kept, m -> "<code>" + escape(decode(m.group(1))) + "</code>");
        text = keep(ANGLE, text, kept, m -> SlackTokens.html(m.group(1)));
        text = escape(decode(text));
        text = BOLD.matcher(text).replaceAll("<b>$1</b>");
        text = ITALIC.matcher(text).replaceAll("<i>$1</i>");
        text = STRIKE.matcher(text).replaceAll("<s>$1</s>");
        text = EMOJI.matcher(text).replaceAll(m -> Matcher.quoteReplacement(emoji(m.group(1), m.group())));
        text = QUOTE.matcher(text).replaceAll("<blockquote>$1</blockquote>");
        text = text.replace("\n", "<br>");
        return KEPT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(kept.get(Integer.parseInt(m.group(1)))));
    }

    private static String emoji(String name, String typed) {
        String glyph = EMOJIS.get(name);
        return glyph == null ? typed : "<span class=\"emoji e-" + name.replace("+", "plus") + "\" role=\"img\" aria-label=\""
                + name.replace('_', ' ') + "\">" + glyph + "</span>";
    }

    /** Replaces each match by a marker and keeps its HTML aside, so later steps leave it alone. */
    private static String keep(Pattern pattern, String text, List<String> kept,
                               java.util.function.Function<java.util.regex.MatchResult, String> html) {
        return pattern.matcher(text).replaceAll(m -> {
            kept.add(html.apply(m));
            return Matcher.quoteReplacement(MARK + String.valueOf(kept.size() - 1) + END);
        });
    }

    /** Slack's three escapes back to the characters they stand for. */
    static String decode(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
