package newdeal.slack;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import newdeal.deal.Catalog;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.Pipeline;
import newdeal.pipeliner.PipelinerUser;
import newdeal.pipeliner.Step;
import newdeal.slack.modal.Choice;
import newdeal.slack.modal.DealSummary;
import newdeal.slack.modal.FormParser;
import newdeal.slack.modal.FormValues;
import newdeal.slack.modal.FormView;
import newdeal.slack.modal.ModalState;
import newdeal.slack.modal.OwnerHint;
import newdeal.slack.modal.ReplyMessage;

/**
 * Builds, serialises and parses a sample form once at start, offline, so the first rep's {@code /new-deal} does not
 * pay for loading those classes: the trigger gives views.open about 3 s, and a cold JVM can spend one of them.
 */
final class Warmup {
    private Warmup() {
    }

    /** Returns the size of the sample form's views.open body in bytes. */
    static long run(FormView forms, SlackWeb web) {
        Step step = new Step("step", "Qualification", 10, 1, "pipeline");
        Catalog catalog = new Catalog(List.of(new Pipeline("pipeline", "Sales", List.of(step))),
                List.of(new Currency("eur", "EUR", "€", true), new Currency("usd", "USD", "$", false)),
                List.of(new PipelinerUser("user", "rep@example.invalid", "Sam", "Rep", "Sam Rep", null)), List.of(),
                Instant.EPOCH);
        FormValues values = new FormValues("Warm-up", new Choice("account", "Account"), List.of(), step.id(),
                BigDecimal.ONE.toPlainString(), null, LocalDate.EPOCH, "user", null);
        ModalState state = ModalState.forCommand("U", "C", null, values).ownerKnown("user", OwnerHint.found())
                .formAgain(List.of("warm-up"));
        View view = forms.build(catalog, state);
        ViewState empty = GsonFactory.createSnakeCase().fromJson("{\"values\":{}}", ViewState.class);
        FormParser parser = new FormParser();
        FormParser.Inputs inputs = parser.read(empty);
        parser.parse(state.submitted(inputs.values()).values(), inputs.unreadable());
        ReplyMessage.created(new DealSummary("Warm-up", "https://example.invalid", "Account", "Step", "1.00 EUR",
                LocalDate.EPOCH));
        try {
            return web.warmUp(view);
        } catch (IOException e) {
            throw new UncheckedIOException("the offline warm-up failed", e);
        }
    }
}
