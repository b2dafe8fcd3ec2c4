package newdeal.slack.modal;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.util.List;

/**
 * The modal's other faces: loading, Pipeliner unavailable, creating, created, and failed with a "Try again" button.
 * All keep callback_id {@code new_deal} and the metadata, so whatever the rep does next still finds its way.
 */
public final class StatusViews {
    private static final String TITLE = "New deal";

    private StatusViews() {
    }

    public static View loading(String privateMetadata) {
        return modal(privateMetadata, null, "Cancel", List.of(
                section(s -> s.text(markdownText(":hourglass_flowing_sand: Loading pipelines, currencies and people "
                        + "from Pipeliner…"))),
                context(c -> c.elements(List.of(plainText("The form appears here in a moment."))))));
    }

    public static View unavailable(String privateMetadata, String reason) {
        return modal(privateMetadata, null, "Close", List.of(
                section(s -> s.text(markdownText(":warning: *The deal form cannot load: " + reason + "*"))),
                section(s -> s.text(markdownText("Nothing was sent to Pipeliner. Try again in a minute."))),
                actions(a -> a.blockId("reload").elements(List.of(tryAgain(FieldIds.RELOAD))))));
    }

    public static View creating(String privateMetadata, String dealName) {
        return modal(privateMetadata, null, "Close", List.of(
                section(s -> s.text(markdownText(":hourglass_flowing_sand: Creating *" + Mrkdwn.escape(dealName)
                        + "* in Pipeliner…"))),
                context(c -> c.elements(List.of(plainText("Pipeliner is taking a moment. You can close this "
                        + "window: new-deal sends you a message when the deal exists."))))));
    }

    public static View created(String privateMetadata, String linkedName) {
        return modal(privateMetadata, null, "Done", List.of(
                section(s -> s.text(markdownText(":white_check_mark: Created " + linkedName + " in Pipeliner.")))));
    }

    public static View failed(String privateMetadata, String problem) {
        return modal(privateMetadata, null, "Close", List.of(
                section(s -> s.text(markdownText(":warning: " + Mrkdwn.escape(problem)))),
                actions(a -> a.blockId("retry").elements(List.of(tryAgain(FieldIds.RETRY))))));
    }

    /** Any modal of ours; {@code submit} null means no submit button. */
    public static View modal(String privateMetadata, String submit, String close, List<LayoutBlock> blocks) {
        return view(v -> v.type("modal").callbackId(FieldIds.CALLBACK_ID).privateMetadata(privateMetadata)
                .title(viewTitle(t -> t.type("plain_text").text(TITLE)))
                .submit(submit == null ? null : viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text(close)))
                .blocks(blocks));
    }

    private static BlockElement tryAgain(String actionId) {
        return button(b -> b.actionId(actionId).text(plainText("Try again")).style("primary").value(actionId));
    }
}
