package newdeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import newdeal.testing.SlackForm;
import newdeal.testing.SlackHttp;

/** A sales rep going through the modal, as Slack would relay each step to the app. */
final class Rep {
    private final E2e e2e;

    Rep(E2e e2e) {
        this.e2e = e2e;
    }

    /** Types the query into the account select and picks the first option starting with {@code name}. */
    Map.Entry<String, String> findAccount(String viewId, String name) {
        return first(options(viewId, "account", name), name);
    }

    /** Picks the account; waits for the modal update that follows (contacts now offer the account's). */
    SlackForm chooseAccount(String viewId, String name) {
        Map.Entry<String, String> account = findAccount(viewId, name);
        SlackForm form = e2e.form(viewId).option("account", account.getKey(), account.getValue());
        SlackHttp.Answer answer = e2e.send(e2e.requests.blockActions(form, "account"));
        if (answer.status() != 200) {
            throw new AssertionError("choosing the account got " + answer.status());
        }
        // Wait for this update, not any (the owner lookup may update the view meanwhile), and for its call to be
        // listed: the fake shows the new view a moment before it lists the call that made it.
        newdeal.testing.Waiting.until(() -> e2e.slack.updatesOf(viewId).stream()
                .anyMatch(c -> c.param("view").contains(account.getKey())), E2e.WAIT,
                () -> "the modal never showed the chosen account");
        return e2e.form(viewId).option("account", account.getKey(), account.getValue());
    }

    JsonNode options(String viewId, String actionId, String query) {
        SlackHttp.Answer answer = e2e.send(e2e.requests.blockSuggestion(e2e.view(viewId), actionId, query));
        if (answer.status() != 200) {
            throw new AssertionError("options load got " + answer.status());
        }
        return e2e.parse(answer.body()).path("options");
    }

    /** The form opened by {@code /new-deal name}, with the owner found and Globex Corporation chosen. */
    SlackForm readyForm(String name) {
        String viewId = e2e.openForm(name);
        e2e.awaitOwnerPreselected(viewId);
        return chooseAccount(viewId, "Globex Corporation");
    }

    SlackHttp.Answer submit(SlackForm form) {
        return e2e.send(e2e.requests.viewSubmission(form));
    }

    static Map.Entry<String, String> first(JsonNode options, String textPrefix) {
        for (JsonNode option : options) {
            String text = option.path("text").path("text").asText();
            if (text.startsWith(textPrefix)) {
                return Map.entry(option.path("value").asText(), text);
            }
        }
        throw new AssertionError("no option starting with " + textPrefix + " in " + options);
    }
}
