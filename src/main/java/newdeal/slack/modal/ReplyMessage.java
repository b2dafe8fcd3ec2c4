package newdeal.slack.modal;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages a rep gets outside the modal: after a create, the deal name linked to Pipeliner and the deal's main
 * facts; after a failure the rep could not see in the modal (they had closed it), the problem and what they typed.
 */
public record ReplyMessage(String text, List<LayoutBlock> blocks) {

    public static ReplyMessage created(DealSummary summary) {
        List<TextObject> fields = new ArrayList<>();
        addField(fields, "Account", summary.account());
        addField(fields, "Step", summary.step());
        addField(fields, "Value", summary.value());
        addField(fields, "Closing date", summary.closingDate() == null ? null : summary.closingDate().toString());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":white_check_mark: " + OutcomeText.linkedName(summary)
                + " is in Pipeliner."))));
        if (!fields.isEmpty()) {
            blocks.add(section(s -> s.fields(fields)));
        }
        return new ReplyMessage(OutcomeText.createdText(summary), List.copyOf(blocks));
    }

    /** {@code problem} and {@code next} are sentences for the rep; {@code typed} what they submitted. */
    public static ReplyMessage failed(String problem, String next, DealSummary typed) {
        List<TextObject> fields = new ArrayList<>();
        addField(fields, "Name", typed.name());
        addField(fields, "Account", typed.account());
        addField(fields, "Value", typed.value());
        addField(fields, "Step", typed.step());
        addField(fields, "Closing date", typed.closingDate() == null ? null : typed.closingDate().toString());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":warning: " + Mrkdwn.escape(problem)))));
        if (!fields.isEmpty()) {
            blocks.add(section(s -> s.fields(fields)));
        }
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.escape(next)))));
        return new ReplyMessage(Mrkdwn.escape(problem + " " + next), List.copyOf(blocks));
    }

    private static void addField(List<TextObject> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(markdownText("*" + label + "*\n" + Mrkdwn.escape(value)));
        }
    }
}
