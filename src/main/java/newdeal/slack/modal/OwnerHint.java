package newdeal.slack.modal;

/** Why the owner input shows what it shows; {@link #text()} is its hint, null for none. */
public record OwnerHint(String text) {

    public static OwnerHint found() {
        return new OwnerHint("Found through your Slack email. Change it if someone else owns the deal.");
    }

    public static OwnerHint lookingUp() {
        return new OwnerHint(null);
    }

    public static OwnerHint noMatch(String email) {
        return new OwnerHint("No Pipeliner user has your Slack email (" + email + "), so choose who owns this deal.");
    }

    /** Pipeliner was asked and found no one, or could not answer: the hint must not say which. */
    public static OwnerHint notFoundNow(String email) {
        return new OwnerHint("new-deal could not find your Pipeliner user by your Slack email (" + email
                + ") just now, so choose who owns this deal.");
    }

    public static OwnerHint noEmail() {
        return new OwnerHint("Slack did not share your email with new-deal, so choose who owns this deal.");
    }
}
