package newdeal.slack.modal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import newdeal.deal.Catalog;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.OpportunityType;
import newdeal.pipeliner.Pipeline;
import newdeal.pipeliner.PipelinerUser;
import newdeal.pipeliner.Step;

/** Small catalogs, forms and modal states for the Slack side's unit tests, and a view as the JSON Slack receives. */
public final class Samples {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Currency EUR = new Currency("cur-eur", "EUR", "€", true);
    public static final Currency USD = new Currency("cur-usd", "USD", "$", false);
    public static final PipelinerUser ANNA = new PipelinerUser("user-anna", "anna@example.test", "Anna", "Keller",
            "Anna Keller", null);
    public static final PipelinerUser TOM = new PipelinerUser("user-tom", "tom@example.test", "Tom", "Berger", null, null);

    private Samples() {
    }

    /** Two pipelines given out of order ("Renewals" before "New Business"), steps out of sort order. */
    public static Catalog catalog(Currency... currencies) {
        Pipeline renewals = new Pipeline("p-ren", "Renewals", List.of(
                new Step("s-quote", "Quote Sent", 60, 2, "p-ren"), new Step("s-due", "Renewal Due", 30, 1, "p-ren")));
        Pipeline business = new Pipeline("p-new", "New Business", List.of(
                new Step("s-prop", "Proposal", 40, 3, "p-new"), new Step("s-qual", "Qualification", 10, 1, "p-new")));
        return new Catalog(List.of(renewals, business), List.of(currencies), List.of(ANNA, TOM),
                List.of(new OpportunityType("t-new", "New", "p-new")), Instant.parse("2030-01-01T00:00:00Z"));
    }

    /** One pipeline holding {@code steps} steps. */
    public static Catalog catalogWithSteps(int steps) {
        List<Step> list = new ArrayList<>();
        IntStream.range(0, steps).forEach(i -> list.add(new Step("s" + i, "Step " + i, i % 100, i, "p")));
        return new Catalog(List.of(new Pipeline("p", "Big", list)), List.of(EUR), List.of(ANNA), List.of(),
                Instant.EPOCH);
    }

    public static FormValues fresh(String name) {
        return FormValues.fresh(name, LocalDate.of(2030, 2, 1));
    }

    /** A command's modal with the form shown: {@link #fresh} "Deal", replies to a response_url of channel C1. */
    public static ModalState state() {
        return state(fresh("Deal"));
    }

    public static ModalState state(FormValues values) {
        return ModalState.forCommand("U1", "C1", "https://hooks.example.test/commands/1", values).showingForm();
    }

    public static JsonNode json(View view) {
        try {
            return JSON.readTree(GsonFactory.createSnakeCase().toJson(view));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The input block whose element has this action_id, or null. */
    public static JsonNode input(JsonNode view, String actionId) {
        for (JsonNode block : view.path("blocks")) {
            if (actionId.equals(block.path("element").path("action_id").asText())) {
                return block;
            }
        }
        return null;
    }
}
