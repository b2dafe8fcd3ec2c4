package newdeal.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataCodecTest {
    private final MetadataCodec codec = new MetadataCodec(Samples.JSON);

    @Test
    void round_trips_what_later_requests_need() {
        ModalMetadata metadata = Samples.metadata().withAccount(new Choice("acc-1", "Globex · Berlin"))
                .withNewOwnerBlock().nextAttempt();

        assertThat(codec.decode(codec.encode(metadata))).isEqualTo(metadata);
    }

    @Test
    void stays_far_below_slacks_3000_characters_with_the_longest_account_label_the_form_shows() {
        String longest = Labels.fit("A".repeat(500));
        ModalMetadata metadata = ModalMetadata.forCommand("C0123456789", "https://hooks.slack.com/commands/"
                + "T0123456/1234567890123/" + "x".repeat(40), "U0123456789").withAccount(new Choice(
                "7dd63e1f-fd25-5818-9b6d-59670c72ccf0", longest));

        assertThat(codec.encode(metadata).length()).isLessThan(1000);
    }

    @Test
    void drops_an_absurdly_long_response_url_rather_than_exceed_the_limit() {
        ModalMetadata metadata = ModalMetadata.forCommand("C1", "https://hooks.example.test/" + "x".repeat(3000),
                "U1");

        String encoded = codec.encode(metadata);

        assertThat(encoded.length()).isLessThanOrEqualTo(MetadataCodec.SLACK_LIMIT);
        assertThat(codec.decode(encoded).responseUrl()).isNull();
        assertThat(codec.decode(encoded).userId()).isEqualTo("U1");
    }

    @Test
    void reads_metadata_that_is_not_ours_as_empty() {
        assertThat(codec.decode("not json")).isEqualTo(ModalMetadata.empty());
        assertThat(codec.decode("")).isEqualTo(ModalMetadata.empty());
    }
}
