package newdeal.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;

/** The message a rep gets after a create: the deal name linked to Pipeliner, then the deal's main facts. */
record ReplyMessage(String text, List<LayoutBlock> blocks) {

    static ReplyMessage created(DealSummary summary) {
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

    private static void addField(List<TextObject> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(markdownText("*" + label + "*\n" + Mrkdwn.escape(value)));
        }
    }
}
