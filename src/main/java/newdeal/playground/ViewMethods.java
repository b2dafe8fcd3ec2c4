package newdeal.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * views.open, views.update, views.push and views.publish, holding the app to Slack's rules: a trigger opens one view
 * within 3 s, an update must name the current hash, and a view breaking a Block Kit limit is refused
 * ({@code invalid_arguments}) and not drawn. Each refusal shows on the page with Slack's code.
 */
final class ViewMethods {
    private final Triggers triggers;
    private final Modals modals;
    private final Hood hood;

    ViewMethods(Triggers triggers, Modals modals, Hood hood) {
        this.triggers = triggers;
        this.modals = modals;
        this.hood = hood;
    }

    ObjectNode open(ApiParams params) {
        return withView("views.open", params, view -> triggered("views.open", params,
                () -> modals.open(null, view)));
    }

    ObjectNode push(ApiParams params) {
        return withView("views.push", params, view -> triggered("views.push", params, () -> modals.push(view)));
    }

    ObjectNode update(ApiParams params) {
        Optional<String> viewId = params.text("view_id");
        Optional<String> externalId = params.text("external_id");
        if (viewId.isEmpty() && externalId.isEmpty()) {
            return refused("views.update", "invalid_arguments", "view_id or external_id is required");
        }
        return withView("views.update", params, view -> answer("views.update", modals.update(viewId.orElse(null),
                externalId.orElse(null), params.text("hash").orElse(null), view)));
    }

    ObjectNode publish(ApiParams params) {
        Optional<String> user = params.text("user_id");
        if (user.isEmpty()) {
            return refused("views.publish", "invalid_arguments", "user_id is required");
        }
        return withView("views.publish", params, view -> answer("views.publish",
                modals.publish(user.get(), params.text("hash").orElse(null), view)));
    }

    private ObjectNode withView(String method, ApiParams params, java.util.function.Function<JsonNode, ObjectNode> use) {
        Optional<JsonNode> view = params.jsonValue("view");
        if (view.isEmpty() || !ViewEnvelope.looksLikeView(view.get())) {
            return refused(method, "invalid_arguments", "view is missing or is no view object");
        }
        List<String> broken = BlockKitLimits.view(view.get());
        if (!broken.isEmpty()) {
            hood.ruleBroken(method, "invalid_arguments", String.join("; ", broken));
            return ApiAnswer.invalid("invalid_arguments", broken);
        }
        return use.apply(view.get());
    }

    /** The trigger is checked after the view's limits: a view Slack refuses leaves the trigger unused. */
    private ObjectNode triggered(String method, ApiParams params, java.util.function.Supplier<Modals.Outcome> show) {
        Optional<String> error = triggers.exchange(params.text("trigger_id").orElse(null));
        if (error.isPresent()) {
            return refused(method, error.get(), "trigger_id " + describe(error.get()));
        }
        return answer(method, show.get());
    }

    private ObjectNode answer(String method, Modals.Outcome outcome) {
        if (outcome.error() != null) {
            return refused(method, outcome.error(), switch (outcome.error()) {
                case "hash_conflict" -> "the hash is not the view's current one: it changed since";
                case "push_limit_reached" -> "a modal stack holds at most " + Modals.MAX_STACK + " views";
                default -> "no such view";
            });
        }
        ObjectNode answer = ApiAnswer.ok();
        answer.set("view", outcome.view());
        return answer;
    }

    private ObjectNode refused(String method, String code, String detail) {
        hood.ruleBroken(method, code, detail);
        return ApiAnswer.error(code);
    }

    private static String describe(String error) {
        return switch (error) {
            case "expired_trigger_id" -> "used more than " + Triggers.VALID.toSeconds() + " s after it was issued";
            case "exchanged_trigger_id" -> "was already used to open a view";
            default -> "is unknown";
        };
    }
}
