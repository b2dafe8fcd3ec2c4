package newdeal.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page's mrkdwn: Slack's formatting drawn, and nothing the sender wrote ever becomes markup. */
class MrkdwnHtmlTest {
    private static final String EVIL = "<script>alert(1)</script> & Co";

    @Test
    void shows_an_account_named_like_markup_as_text_when_the_app_escapes_it() {
        String sent = "*Account*\n" + MrkdwnEscapes.escape(EVIL);

        String html = MrkdwnHtml.toHtml(sent);

        assertThat(html).isEqualTo("<b>Account</b><br>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    }

    @Test
    void shows_markup_as_text_even_when_the_sender_forgot_to_escape_it() {
        String html = MrkdwnHtml.toHtml(EVIL + " <img src=x onerror=alert(1)> \"quoted\" 'single'");

        assertThat(html).doesNotContain("<script", "<img", "\"quoted\"", "'single'")
                .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "&amp; Co");
    }

    @Test
    void draws_slacks_formatting() {
        assertThat(MrkdwnHtml.toHtml("*bold* _italic_ ~strike~ `a <b> & c`"))
                .isEqualTo("<b>bold</b> <i>italic</i> <s>strike</s> <code>a &lt;b&gt; &amp; c</code>");
        assertThat(MrkdwnHtml.toHtml("```x < y```")).isEqualTo("<pre>x &lt; y</pre>");
        assertThat(MrkdwnHtml.toHtml("&gt; quoted")).isEqualTo("<blockquote>quoted</blockquote>");
    }

    @Test
    void draws_links_with_escaped_labels_and_only_for_web_and_mail_addresses() {
        assertThat(MrkdwnHtml.toHtml("<https://crm.example/o/1?a=1&amp;b=2|Globex &lt;renewal&gt;>"))
                .isEqualTo("<a href=\"https://crm.example/o/1?a=1&amp;b=2\" target=\"_blank\" "
                        + "rel=\"noopener noreferrer\">Globex &lt;renewal&gt;</a>");
        assertThat(MrkdwnHtml.toHtml("<javascript:alert(1)|click>")).doesNotContain("<a ")
                .isEqualTo("&lt;javascript:alert(1)|click&gt;");
        assertThat(MrkdwnHtml.toHtml("<https://x.example/\" onmouseover=\"alert(1)|x>"))
                .contains("href=\"https://x.example/&quot; onmouseover=&quot;alert(1)\"");
    }

    @Test
    void draws_mentions_and_known_emoji() {
        assertThat(MrkdwnHtml.toHtml("<@U0PLAYANNA> <!here> <#C0PLAYDEAL|deals>"))
                .isEqualTo("<span class=\"mention\">@Anna Keller</span> <span class=\"mention\">@here</span> "
                        + "<span class=\"mention\">#deals</span>");
        assertThat(MrkdwnHtml.toHtml(":white_check_mark: done :unknown_thing:"))
                .startsWith("<span class=\"emoji e-white_check_mark\" role=\"img\" aria-label=\"white check mark\">")
                .endsWith(" done :unknown_thing:");
    }
}
