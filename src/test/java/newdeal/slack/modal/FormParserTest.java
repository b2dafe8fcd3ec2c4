package newdeal.slack.modal;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import newdeal.deal.DealField;
import org.junit.jupiter.api.Test;

/** State values in Slack's shape (as Bolt parses them from a view_submission) into a draft. */
class FormParserTest {
    private final FormParser parser = new FormParser();

    private static ViewState state(String valuesJson) {
        return GsonFactory.createSnakeCase().fromJson("{\"values\":" + valuesJson + "}", ViewState.class);
    }

    private static final String FULL = """
            {"deal_name":{"deal_name":{"type":"plain_text_input","value":"  Globex renewal  "}},
             "account":{"account":{"type":"external_select","selected_option":
                 {"text":{"type":"plain_text","text":"Globex · Berlin"},"value":"acc-1"}}},
             "contacts_3":{"contacts":{"type":"multi_external_select","selected_options":[
                 {"text":{"type":"plain_text","text":"Bo"},"value":"c-2"},
                 {"text":{"type":"plain_text","text":"Al"},"value":"c-1"}]}},
             "step":{"step":{"type":"static_select","selected_option":
                 {"text":{"type":"plain_text","text":"Proposal · 40 %"},"value":"s-prop"}}},
             "value":{"value":{"type":"number_input","value":"12500.50"}},
             "currency":{"currency":{"type":"static_select","selected_option":
                 {"text":{"type":"plain_text","text":"USD ($)"},"value":"cur-usd"}}},
             "closing_date":{"closing_date":{"type":"datepicker","selected_date":"2030-03-31"}},
             "owner_1":{"owner":{"type":"static_select","selected_option":
                 {"text":{"type":"plain_text","text":"Anna Keller"},"value":"user-anna"}}},
             "description":{"description":{"type":"plain_text_input","value":"Three years"}}}
            """;

    @Test
    void reads_every_input_by_action_id_whatever_its_block_id() {
        ParsedForm form = parse(state(FULL));

        assertThat(form.errors()).isEmpty();
        assertThat(form.draft().name()).isEqualTo("Globex renewal");
        assertThat(form.draft().accountId()).isEqualTo("acc-1");
        assertThat(form.draft().contactIds()).containsExactly("c-2", "c-1");
        assertThat(form.draft().stepId()).isEqualTo("s-prop");
        assertThat(form.draft().value()).isEqualByComparingTo(new BigDecimal("12500.50"));
        assertThat(form.draft().currencyId()).isEqualTo("cur-usd");
        assertThat(form.draft().closingDate()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(form.draft().ownerId()).isEqualTo("user-anna");
        assertThat(form.draft().description()).isEqualTo("Three years");
    }

    @Test
    void keeps_the_labels_slack_showed_so_the_form_can_be_shown_again_as_typed() {
        FormValues values = parser.read(state(FULL)).values();

        assertThat(values.account()).isEqualTo(new Choice("acc-1", "Globex · Berlin"));
        assertThat(values.contacts()).containsExactly(new Choice("c-2", "Bo"), new Choice("c-1", "Al"));
        assertThat(values.valueText()).isEqualTo("12500.50");
    }

    @Test
    void leaves_empty_inputs_null_for_the_deal_rules_to_judge() {
        ParsedForm form = parse(state("""
                {"deal_name":{"deal_name":{"type":"plain_text_input","value":null}},
                 "account":{"account":{"type":"external_select","selected_option":null}},
                 "contacts_0":{"contacts":{"type":"multi_external_select","selected_options":[]}},
                 "value":{"value":{"type":"number_input","value":null}},
                 "closing_date":{"closing_date":{"type":"datepicker","selected_date":null}}}
                """));

        assertThat(form.errors()).isEmpty();
        assertThat(form.draft().name()).isNull();
        assertThat(form.draft().accountId()).isNull();
        assertThat(form.draft().contactIds()).isEmpty();
        assertThat(form.draft().value()).isNull();
        assertThat(form.draft().closingDate()).isNull();
    }

    @Test
    void reports_text_that_is_no_number_on_the_value_naming_it() {
        ParsedForm form = parse(state("{\"value\":{\"value\":{\"type\":\"number_input\",\"value\":\"12k\"}}}"));

        assertThat(form.errors()).containsOnlyKeys(DealField.VALUE);
        assertThat(form.errors().get(DealField.VALUE)).contains("\"12k\"");
        assertThat(form.draft().value()).isNull();
    }

    @Test
    void reports_a_typed_value_of_thousands_of_digits_quoting_only_30_of_them_and_builds_no_number() {
        ParsedForm form = parse(value("1".repeat(5_000)));

        assertThat(form.errors().get(DealField.VALUE))
                .isEqualTo("Enter a number such as 12500 or 12500.50, not \"" + "1".repeat(30) + "…\".");
        assertThat(form.draft().value()).isNull();
    }

    @Test
    void reports_infinity_and_nan_as_no_number() {
        assertThat(parse(value("Infinity")).errors()).containsOnlyKeys(DealField.VALUE);
        assertThat(parse(value("NaN")).errors()).containsOnlyKeys(DealField.VALUE);
    }

    @Test
    void reads_an_exponent_as_the_number_it_is_for_the_deal_rules_to_judge() {
        ParsedForm form = parse(value("-1e99999999"));

        assertThat(form.errors()).isEmpty();
        assertThat(form.draft().value()).isEqualByComparingTo(new BigDecimal("-1e99999999"));
    }

    private static ViewState value(String typed) {
        return state("{\"value\":{\"value\":{\"type\":\"number_input\",\"value\":\"" + typed + "\"}}}");
    }

    @Test
    void reports_a_date_that_is_no_date_on_the_closing_date() {
        ParsedForm form = parse(state(
                "{\"closing_date\":{\"closing_date\":{\"type\":\"datepicker\",\"selected_date\":\"31/03/2030\"}}}"));

        assertThat(form.errors()).containsOnlyKeys(DealField.CLOSING_DATE);
        assertThat(form.errors().get(DealField.CLOSING_DATE)).contains("31/03/2030");
    }

    @Test
    void takes_the_account_the_modal_carried_when_the_state_lacks_it() {
        ModalState carried = ModalState.carried("U1", "C1", null, new Choice("acc-9", "Initech"), 1, 0, 0);

        FormParser.Inputs inputs = parser.read(state("{}"));
        ParsedForm form = parser.parse(carried.submitted(inputs.values()).values(), inputs.unreadable());

        assertThat(form.draft().accountId()).isEqualTo("acc-9");
    }

    private ParsedForm parse(ViewState state) {
        FormParser.Inputs inputs = parser.read(state);
        return parser.parse(inputs.values(), inputs.unreadable());
    }
}
