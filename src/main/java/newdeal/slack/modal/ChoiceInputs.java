package newdeal.slack.modal;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import java.util.List;
import java.util.Optional;
import newdeal.deal.Catalog;
import newdeal.pipeliner.Currency;
import newdeal.pipeliner.PipelinerUser;
import newdeal.pipeliner.Step;

/** The form's selects whose options come from the catalog: step, currency and owner. */
public final class ChoiceInputs {
    /** Slack's limit of options in a static select (and of options in one options load). */
    public static final int MAX_OPTIONS = 100;

    private ChoiceInputs() {
    }

    /** One option group per pipeline; an external select when the space has more steps than a static one holds. */
    static LayoutBlock step(Catalog catalog, String stepId) {
        Step shown = Optional.ofNullable(stepId).flatMap(catalog::step).or(catalog::firstStep).orElse(null);
        OptionObject initial = shown == null ? null : stepOption(shown);
        if (catalog.stepCount() > MAX_OPTIONS) {
            return input(i -> i.blockId(FieldIds.STEP).label(plainText("Pipeline step"))
                    .element(externalSelect(e -> e.actionId(FieldIds.STEP).minQueryLength(0).initialOption(initial)
                            .placeholder(plainText("Search steps")))));
        }
        List<OptionGroupObject> groups = catalog.pipelines().stream().filter(p -> !p.steps().isEmpty())
                .map(p -> OptionGroupObject.builder().label(plainText(Labels.fit(p.name())))
                        .options(p.steps().stream().map(ChoiceInputs::stepOption).toList()).build())
                .toList();
        return input(i -> i.blockId(FieldIds.STEP).label(plainText("Pipeline step"))
                .element(staticSelect(s -> s.actionId(FieldIds.STEP).optionGroups(groups).initialOption(initial)
                        .placeholder(plainText("Choose a step")))));
    }

    /** Only when there is something to choose: more than one currency. The base one is preselected. */
    static Optional<LayoutBlock> currency(Catalog catalog, String currencyId) {
        if (catalog.currencies().size() <= 1) {
            return Optional.empty();
        }
        List<Currency> shown = catalog.currencies().stream()
                .sorted((a, b) -> Boolean.compare(b.base(), a.base())).limit(MAX_OPTIONS).toList();
        Currency chosen = Optional.ofNullable(currencyId).flatMap(catalog::currency)
                .or(catalog::baseCurrency).orElse(null);
        OptionObject initial = chosen == null ? null : currencyOption(chosen);
        return Optional.of(input(i -> i.blockId(FieldIds.CURRENCY).label(plainText("Currency"))
                .element(staticSelect(s -> s.actionId(FieldIds.CURRENCY).initialOption(initial)
                        .options(shown.stream().map(ChoiceInputs::currencyOption).toList())))));
    }

    /** Always required; preselected when the rep's Pipeliner user is known, the hint says why when not. */
    static LayoutBlock owner(Catalog catalog, String ownerId, OwnerHint hint, String blockId) {
        OptionObject initial = Optional.ofNullable(ownerId).flatMap(catalog::user).map(ChoiceInputs::userOption)
                .orElse(null);
        var element = catalog.users().size() > MAX_OPTIONS
                ? externalSelect(e -> e.actionId(FieldIds.OWNER).minQueryLength(1).initialOption(initial)
                        .placeholder(plainText("Search people")))
                : staticSelect(s -> s.actionId(FieldIds.OWNER).initialOption(initial)
                        .options(catalog.users().stream().map(ChoiceInputs::userOption).toList())
                        .placeholder(plainText("Choose the owner")));
        // Dispatches so that new-deal learns the rep's pick before a late owner lookup could overwrite it.
        return input(i -> i.blockId(blockId).label(plainText("Owner")).dispatchAction(true).element(element)
                .hint(hint.text() == null ? null : plainText(hint.text())));
    }

    static OptionObject stepOption(Step step) {
        return option(plainText(Labels.step(step)), step.id());
    }

    static OptionObject currencyOption(Currency currency) {
        return option(plainText(Labels.currency(currency)), currency.id());
    }

    static OptionObject userOption(PipelinerUser user) {
        return option(plainText(Labels.user(user)), user.id());
    }
}
