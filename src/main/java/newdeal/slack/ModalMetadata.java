package newdeal.slack;

/**
 * What travels with the modal in {@code private_metadata} from the command to the later requests: where to reply
 * (channel and the command's response_url, since a view submission carries none), who asked, the account chosen so
 * far (an options load cannot trust {@code view.state}), revisions that give the contacts and owner blocks new
 * block_ids when they must be reset, and the attempt: a submission is created once per view and attempt, and the
 * attempt only grows when the rep, told what went wrong, deliberately submits again.
 */
record ModalMetadata(String channelId, String responseUrl, String userId, String accountId, String accountName,
                     int contactsRev, int ownerRev, int attempt) {

    static ModalMetadata forCommand(String channelId, String responseUrl, String userId) {
        return new ModalMetadata(channelId, responseUrl, userId, null, null, 0, 0, 0);
    }

    static ModalMetadata empty() {
        return new ModalMetadata(null, null, null, null, null, 0, 0, 0);
    }

    /** The account changed: its contacts block starts afresh. */
    ModalMetadata withAccount(Choice account) {
        return new ModalMetadata(channelId, responseUrl, userId, account == null ? null : account.id(),
                account == null ? null : account.label(), contactsRev + 1, ownerRev, attempt);
    }

    /** The owner is preselected by the app after the view opened: a new owner block lets the preselection show. */
    ModalMetadata withNewOwnerBlock() {
        return new ModalMetadata(channelId, responseUrl, userId, accountId, accountName, contactsRev, ownerRev + 1,
                attempt);
    }

    ModalMetadata withoutResponseUrl() {
        return new ModalMetadata(channelId, null, userId, accountId, accountName, contactsRev, ownerRev, attempt);
    }

    /** The form goes back to the rep after a failure: submitting it again is a new attempt. */
    ModalMetadata nextAttempt() {
        return new ModalMetadata(channelId, responseUrl, userId, accountId, accountName, contactsRev, ownerRev,
                attempt + 1);
    }

    /** What makes a submission the same one: the view and the attempt. */
    String submissionKey(String viewId) {
        return viewId + "#" + attempt;
    }

    Choice account() {
        return accountId == null ? null : new Choice(accountId, accountName == null ? accountId : accountName);
    }
}
