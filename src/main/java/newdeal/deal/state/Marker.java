package newdeal.deal.state;

/**
 * The families of first-sighting markers, each with its own key segment ({@code new-deal:<segment>:<id>}) and its
 * lifetime in {@link Lifetimes}.
 */
public enum Marker {
    /** id: a submission key; marked by the instance that sends the reply about it, so it is sent once. */
    REPLY_SENT("reply"),
    /** id: an accepted request's {@code X-Slack-Signature}; a second sighting within the window is a replay. */
    SIGNATURE_SEEN("signature"),
    /** id: an opportunity id; value: the submission key that created it, so no other submission adopts it. */
    OPPORTUNITY_CREATED_BY("opportunity");

    private final String segment;

    Marker(String segment) {
        this.segment = segment;
    }

    /** The part of the key after {@code new-deal:}, as an admin sees it in redis-cli. */
    public String segment() {
        return segment;
    }
}
