package newdeal.slack.modal;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import java.util.Map;
import newdeal.deal.DealField;
import org.junit.jupiter.api.Test;

/** Messages land on the block that holds the field's input, whatever block id it has this time. */
class BlockErrorsTest {
    private static final ViewState STATE = GsonFactory.createSnakeCase().fromJson("""
            {"values":{"deal_name":{"deal_name":{"type":"plain_text_input","value":null}},
                       "contacts_4":{"contacts":{"type":"multi_external_select","selected_options":[]}},
                       "owner_2":{"owner":{"type":"static_select","selected_option":null}},
                       "value":{"value":{"type":"number_input","value":"-1"}}}}
            """, ViewState.class);

    @Test
    void puts_each_message_on_the_block_id_of_its_input() {
        Map<String, String> errors = BlockErrors.of(STATE, Map.of(DealField.NAME, "Enter a name.",
                DealField.OWNER, "Choose the owner.", DealField.VALUE, "Not -1.")).orElseThrow();

        assertThat(errors).containsOnly(Map.entry("deal_name", "Enter a name."), Map.entry("owner_2",
                "Choose the owner."), Map.entry("value", "Not -1."));
    }

    @Test
    void gives_up_when_a_field_has_no_input_in_the_view_so_the_caller_shows_it_another_way() {
        assertThat(BlockErrors.of(STATE, Map.of(DealField.CURRENCY, "Unknown currency."))).isEmpty();
    }
}
