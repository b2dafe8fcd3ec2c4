package newdeal.slack.modal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of a {@link ModalState} that travels with the view in {@code private_metadata}: where to reply and who
 * asked (a view submission carries neither), the account chosen (an options load cannot trust {@code view.state}),
 * the block revisions and the attempt. Never longer than Slack's 3000 characters: the account name is already cut to
 * 75; an absurdly long response_url is dropped (the reply then goes by DM).
 */
public final class MetadataCodec {
    public static final int SLACK_LIMIT = 3000;
    private static final Logger log = LoggerFactory.getLogger(MetadataCodec.class);

    /** The JSON shape, unchanged since the first release, so views opened before an upgrade still read. */
    private record Carried(String channelId, String responseUrl, String userId, String accountId, String accountName,
                           int contactsRev, int ownerRev, int attempt) {
    }

    private final ObjectMapper json;

    public MetadataCodec(ObjectMapper json) {
        this.json = json;
    }

    public String encode(ModalState state) {
        String text = write(state);
        if (text.length() > SLACK_LIMIT) {
            log.warn("private_metadata would be {} characters; dropping the response_url", text.length());
            text = write(state.withoutResponseUrl());
        }
        return text;
    }

    /** The state a payload carried; anything unreadable (nobody but Slack should send it) carries nothing. */
    public ModalState decode(String text) {
        if (text == null || text.isBlank()) {
            return none();
        }
        try {
            Carried c = json.readerFor(Carried.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(text);
            Choice account = c.accountId() == null ? null
                    : new Choice(c.accountId(), c.accountName() == null ? c.accountId() : c.accountName());
            return ModalState.carried(c.userId(), c.channelId(), c.responseUrl(), account, c.contactsRev(),
                    c.ownerRev(), c.attempt());
        } catch (JsonProcessingException e) {
            log.warn("private_metadata is not ours ({} characters); using none", text.length());
            return none();
        }
    }

    private static ModalState none() {
        return ModalState.carried(null, null, null, null, 0, 0, 0);
    }

    private String write(ModalState state) {
        Choice account = state.account();
        Carried carried = new Carried(state.channelId(), state.responseUrl(), state.userId(),
                account == null ? null : account.id(), account == null ? null : account.label(),
                state.contactsRev(), state.ownerRev(), state.attempt());
        try {
            return json.writeValueAsString(carried);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write private_metadata", e);
        }
    }
}
