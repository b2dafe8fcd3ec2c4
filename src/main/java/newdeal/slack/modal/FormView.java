package newdeal.slack.modal;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.multiExternalSelect;
import static com.slack.api.model.block.element.BlockElements.numberInput;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import newdeal.deal.Catalog;

/**
 * The deal form: data in, {@link View} out, built with Bolt's Block Kit builders. Inputs are found by action_id
 * (the contract); block_ids are ours, and the contacts and owner blocks carry a revision so a new account clears the
 * contacts and a found owner shows as preselected.
 */
public final class FormView {
    private final MetadataCodec metadata;

    public FormView(MetadataCodec metadata) {
        this.metadata = metadata;
    }

    /** The form showing {@code state}: its inputs, owner hint and notices, with the options {@code catalog} holds. */
    public View build(Catalog catalog, ModalState state) {
        List<LayoutBlock> blocks = new ArrayList<>();
        state.notices().forEach(line -> blocks.add(section(s -> s.text(markdownText(":warning: " + Mrkdwn.escape(line))))));
        FormValues v = state.values();
        blocks.add(input(i -> i.blockId(FieldIds.NAME).label(plainText("Deal name"))
                .element(plainTextInput(p -> p.actionId(FieldIds.NAME).initialValue(v.name()).maxLength(FormValues.MAX_NAME)
                        .placeholder(plainText("e.g. Globex renewal 2025"))))));
        blocks.add(account(v));
        blocks.add(contacts(state));
        blocks.add(ChoiceInputs.step(catalog, v.stepId()));
        blocks.add(input(i -> i.blockId(FieldIds.VALUE).label(plainText("Value"))
                .element(numberInput(n -> n.actionId(FieldIds.VALUE).decimalAllowed(true).minValue("0")
                        .initialValue(v.valueText()).placeholder(plainText("e.g. 12500.50"))))));
        ChoiceInputs.currency(catalog, v.currencyId()).ifPresent(blocks::add);
        blocks.add(input(i -> i.blockId(FieldIds.CLOSING_DATE).label(plainText("Closing date"))
                .element(datePicker(d -> d.actionId(FieldIds.CLOSING_DATE)
                        .initialDate(v.closingDate() == null ? null : v.closingDate().toString())))));
        blocks.add(ChoiceInputs.owner(catalog, v.ownerId(), state.ownerHint(),
                FieldIds.OWNER + "_" + state.ownerRev()));
        blocks.add(input(i -> i.blockId(FieldIds.DESCRIPTION).label(plainText("Description")).optional(true)
                .element(plainTextInput(p -> p.actionId(FieldIds.DESCRIPTION).multiline(true)
                        .initialValue(v.description())))));
        return StatusViews.modal(metadata.encode(state), "Create deal", "Cancel", blocks);
    }

    private static LayoutBlock account(FormValues v) {
        OptionObject chosen = v.account() == null ? null : option(plainText(Labels.fit(v.account().label())),
                v.account().id());
        return input(i -> i.blockId(FieldIds.ACCOUNT).label(plainText("Account")).dispatchAction(true)
                .element(externalSelect(e -> e.actionId(FieldIds.ACCOUNT).minQueryLength(1).initialOption(chosen)
                        .placeholder(plainText("Search by name or email")))));
    }

    private static LayoutBlock contacts(ModalState state) {
        FormValues v = state.values();
        List<OptionObject> chosen = v.contacts().stream()
                .map(c -> option(plainText(Labels.fit(c.label())), c.id())).toList();
        boolean withAccount = v.account() != null;
        String placeholder = withAccount ? Labels.fit("Contacts of " + v.account().label()) : "Search contacts by name";
        String hint = withAccount ? "The first contact you pick is the primary one."
                : "Choose the account first to see its contacts. The first one you pick is the primary one.";
        return input(i -> i.blockId(FieldIds.CONTACTS + "_" + state.contactsRev())
                .label(plainText("Contacts")).optional(true).hint(plainText(hint))
                .element(multiExternalSelect(m -> m.actionId(FieldIds.CONTACTS)
                        .minQueryLength(withAccount ? 0 : 1)
                        .initialOptions(chosen.isEmpty() ? null : chosen).placeholder(plainText(placeholder)))));
    }
}
