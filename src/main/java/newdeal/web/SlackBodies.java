package newdeal.web;

import java.util.regex.Pattern;

/**
 * A cheap look at a body before Bolt parses it: Slack sends slash commands as form fields with {@code command},
 * interactivity and options loads as a form field {@code payload}, the Events API as JSON with a {@code type}. Anything
 * else is refused with 400 before Bolt sees it (its parser would log the unknown body in full).
 */
final class SlackBodies {
    private static final Pattern FORM_FIELD = Pattern.compile("(^|&)(command|payload|ssl_check)=");
    private static final Pattern JSON_TYPE = Pattern.compile("^\\s*\\{.*\"type\"\\s*:", Pattern.DOTALL);

    private SlackBodies() {
    }

    static boolean mayBeSlack(String body) {
        return body != null && !body.isBlank() && (FORM_FIELD.matcher(body).find() || JSON_TYPE.matcher(body).find());
    }
}
