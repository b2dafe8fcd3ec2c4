package newdeal.slack.modal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataCodecTest {
    private final MetadataCodec codec = new MetadataCodec(Samples.JSON);

    @Test
    void carries_what_later_requests_need_and_nothing_else() {
        ModalState state = Samples.state().accountChosen(new Choice("acc-1", "Globex · Berlin"), Samples.fresh("Deal"))
                .formAgain(java.util.List.of("Nothing was created."));

        ModalState carried = codec.decode(codec.encode(state));

        assertThat(carried).isEqualTo(ModalState.carried("U1", "C1", "https://hooks.example.test/commands/1",
                new Choice("acc-1", "Globex · Berlin"), 2, 1, 1));
        assertThat(carried.submissionKey("V1")).isEqualTo(state.submissionKey("V1"));
    }

    @Test
    void writes_the_json_shape_views_opened_before_an_upgrade_carry() {
        String before = "{\"channelId\":\"C1\",\"responseUrl\":\"https://hooks.example.test/1\",\"userId\":\"U1\","
                + "\"accountId\":\"acc-1\",\"accountName\":\"Globex\",\"contactsRev\":3,\"ownerRev\":2,\"attempt\":1}";

        ModalState carried = codec.decode(before);

        assertThat(codec.encode(carried)).isEqualTo(before);
    }

    @Test
    void stays_far_below_slacks_3000_characters_with_the_longest_account_label_the_form_shows() {
        String longest = Labels.fit("A".repeat(500));
        ModalState state = ModalState.forCommand("U0123456789", "C0123456789", "https://hooks.slack.com/commands/"
                + "T0123456/1234567890123/" + "x".repeat(40), Samples.fresh("x"))
                .accountChosen(new Choice("7dd63e1f-fd25-5818-9b6d-59670c72ccf0", longest), Samples.fresh("x"));

        assertThat(codec.encode(state).length()).isLessThan(1000);
    }

    @Test
    void drops_an_absurdly_long_response_url_rather_than_exceed_the_limit() {
        ModalState state = ModalState.forCommand("U1", "C1", "https://hooks.example.test/" + "x".repeat(3000),
                Samples.fresh("x"));

        String encoded = codec.encode(state);

        assertThat(encoded.length()).isLessThanOrEqualTo(MetadataCodec.SLACK_LIMIT);
        assertThat(codec.decode(encoded).responseUrl()).isNull();
        assertThat(codec.decode(encoded).userId()).isEqualTo("U1");
    }

    @Test
    void reads_metadata_that_is_not_ours_as_carrying_nothing() {
        ModalState nothing = ModalState.carried(null, null, null, null, 0, 0, 0);

        assertThat(codec.decode("not json")).isEqualTo(nothing);
        assertThat(codec.decode("")).isEqualTo(nothing);
    }
}
