package newdeal.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ModalMetadata} to and from {@code private_metadata} JSON, never longer than Slack's 3000 characters: the
 * account name is already cut to 75; an absurdly long response_url is dropped (the reply then goes by DM).
 */
final class MetadataCodec {
    static final int SLACK_LIMIT = 3000;
    private static final Logger log = LoggerFactory.getLogger(MetadataCodec.class);

    private final ObjectMapper json;

    MetadataCodec(ObjectMapper json) {
        this.json = json;
    }

    String encode(ModalMetadata metadata) {
        String text = write(metadata);
        if (text.length() > SLACK_LIMIT) {
            log.warn("private_metadata would be {} characters; dropping the response_url", text.length());
            text = write(metadata.withoutResponseUrl());
        }
        return text;
    }

    /** Metadata from a payload; anything unreadable (nobody but Slack should send it) becomes empty metadata. */
    ModalMetadata decode(String text) {
        if (text == null || text.isBlank()) {
            return ModalMetadata.empty();
        }
        try {
            return json.readerFor(ModalMetadata.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(text);
        } catch (JsonProcessingException e) {
            log.warn("private_metadata is not ours ({} characters); using none", text.length());
            return ModalMetadata.empty();
        }
    }

    private String write(ModalMetadata metadata) {
        try {
            return json.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write private_metadata", e);
        }
    }
}
