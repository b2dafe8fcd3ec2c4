package newdeal.slack.modal;

import com.slack.api.model.view.ViewState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import newdeal.deal.DealField;

/**
 * Turns per-field messages into {@code response_action: errors} keyed by the block ids of the submitted view (found
 * through the inputs' action_ids in {@code state.values}, since block ids are ours to vary).
 */
public final class BlockErrors {
    private BlockErrors() {
    }

    /** Empty when some field has no input block in the view (then the errors must be shown another way). */
    public static Optional<Map<String, String>> of(ViewState state, Map<DealField, String> errors) {
        Map<String, String> blockOfAction = new LinkedHashMap<>();
        if (state != null && state.getValues() != null) {
            state.getValues().forEach((blockId, inputs) -> {
                if (inputs != null) {
                    inputs.keySet().forEach(actionId -> blockOfAction.put(actionId, blockId));
                }
            });
        }
        Map<String, String> byBlock = new LinkedHashMap<>();
        for (Map.Entry<DealField, String> e : errors.entrySet()) {
            String blockId = blockOfAction.get(FieldIds.actionId(e.getKey()));
            if (blockId == null) {
                return Optional.empty();
            }
            byBlock.merge(blockId, e.getValue(), (a, b) -> a + " " + b);
        }
        return Optional.of(byBlock);
    }
}
