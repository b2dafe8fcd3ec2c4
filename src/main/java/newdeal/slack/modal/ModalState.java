package newdeal.slack.modal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything new-deal knows about one open modal, in one immutable value: who opened it and where to reply (the
 * command's channel and response_url, since a view submission carries neither), the inputs as last known (the account
 * chosen among them), the owner's hint and whether the rep picked the owner, the revisions that give the contacts and
 * owner blocks fresh block_ids, the attempt (a submission is created once per view and attempt), whether the view
 * shows the form, the hash of the app's last update of it (null when Slack replaced it and the hash is unknown), and
 * the lines shown above the inputs.
 *
 * <p>Listeners change it only through the transitions below, which are where the precedence between Slack's
 * {@code view.state} and what the app remembers is written:
 * <ol>
 * <li>The inputs Slack sends win: they are what the rep sees ({@link #accountChosen}, {@link #submitted}).</li>
 * <li>The account an action picked wins over the one in the state; a submission whose state lacks the account keeps
 *     the one the app carried (options loads and some clients leave it out of {@code view.state}).</li>
 * <li>An owner Slack does not report is the one the app remembers; one it reports that the app did not preselect
 *     was picked by the rep.</li>
 * <li>A late owner lookup never replaces an owner that is set, whether the rep picked it or the app preselected it:
 *     {@link #ownerFound} answers empty and the view is left alone.</li>
 * <li>A new account starts its contacts block afresh; an owner preselected after the view opened gets a new owner
 *     block (Slack shows an initial option only in a new block); a picked owner keeps its block.</li>
 * <li>The form shown again after a failure is a new attempt, with fresh contacts and owner blocks so the inputs show
 *     exactly the values kept.</li>
 * </ol>
 * {@code private_metadata} carries the part Slack must carry ({@link MetadataCodec}); the whole value travels as JSON
 * ({@link ModalStateJson}) for stores outside this process.
 */
public record ModalState(String userId, String channelId, String responseUrl, FormValues values,
                         OwnerHint ownerHint, boolean ownerPicked, int contactsRev, int ownerRev, int attempt,
                         boolean formShown, String hash, List<String> notices) {

    public ModalState {
        values = values == null ? FormValues.fresh(null, null) : values;
        ownerHint = ownerHint == null ? OwnerHint.lookingUp() : ownerHint;
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** A {@code /new-deal} command's modal before it opens: {@code values} prefilled, the owner still looked up. */
    public static ModalState forCommand(String userId, String channelId, String responseUrl, FormValues values) {
        return new ModalState(userId, channelId, responseUrl, values, OwnerHint.lookingUp(), false, 0, 0, 0, false,
                null, List.of());
    }

    /** What a view's private_metadata tells of a modal the app no longer remembers (or never knew). */
    public static ModalState carried(String userId, String channelId, String responseUrl, Choice account,
                                     int contactsRev, int ownerRev, int attempt) {
        FormValues values = FormValues.fresh(null, null).withAccount(account);
        // Only a form sends inputs and actions, so a view whose state is carried this way shows the form.
        return new ModalState(userId, channelId, responseUrl, values, OwnerHint.lookingUp(), false, contactsRev,
                ownerRev, attempt, true, null, List.of());
    }

    public Choice account() {
        return values.account();
    }

    public String accountId() {
        return values.account() == null ? null : values.account().id();
    }

    /** What makes a submission the same one: the view and the attempt. */
    public String submissionKey(String viewId) {
        return viewId + "#" + attempt;
    }

    /** The rep's Pipeliner user is known before the form is first shown: preselected in the block it opens with. */
    public ModalState ownerKnown(String ownerId, OwnerHint hint) {
        return new ModalState(userId, channelId, responseUrl, values.withOwner(ownerId), hint, ownerPicked,
                contactsRev, ownerRev, attempt, formShown, hash, notices);
    }

    /**
     * The owner lookup ended after the form was built ({@code ownerId} empty: nobody found). Empty when an owner is
     * already set: the form stays exactly as it is (rule 4). A found owner comes in a new owner block (rule 5).
     */
    public Optional<ModalState> ownerFound(Optional<String> ownerId, OwnerHint hint) {
        if (ownerPicked || values.ownerId() != null) {
            return Optional.empty();
        }
        if (ownerId.isEmpty()) {
            return Optional.of(new ModalState(userId, channelId, responseUrl, values, hint, false, contactsRev,
                    ownerRev, attempt, formShown, hash, notices));
        }
        return Optional.of(new ModalState(userId, channelId, responseUrl, values.withOwner(ownerId.get()), hint,
                false, contactsRev, ownerRev + 1, attempt, formShown, hash, notices));
    }

    /** The rep picked the owner in Slack: no view update, and no later lookup replaces it (rules 3, 4, 5). */
    public ModalState ownerPicked(String ownerId) {
        return new ModalState(userId, channelId, responseUrl, values.withOwner(ownerId), ownerHint, true,
                contactsRev, ownerRev, attempt, formShown, hash, notices);
    }

    /**
     * The rep chose {@code account} (null: cleared) while the form held {@code inputs} (Slack's view.state): the form
     * shows the inputs with that account and its contacts block afresh (rules 1, 2, 3, 5).
     */
    public ModalState accountChosen(Choice account, FormValues inputs) {
        String shownOwner = values.ownerId();
        boolean picked = ownerPicked || inputs.ownerId() != null && !inputs.ownerId().equals(shownOwner);
        String owner = inputs.ownerId() != null ? inputs.ownerId() : shownOwner;
        return new ModalState(userId, channelId, responseUrl, inputs.withAccount(account).withOwner(owner), ownerHint,
                picked, contactsRev + 1, ownerRev, attempt, true, hash, notices);
    }

    /**
     * The rep submitted {@code inputs} (Slack's view.state) from the view this state was carried in: they are what was
     * typed, with the carried account where the state has none (rules 1, 2). Nothing is shown above them any more.
     */
    public ModalState submitted(FormValues inputs) {
        FormValues typed = inputs.withAccountIfNone(values.account());
        return new ModalState(userId, channelId, responseUrl, typed, ownerHint, ownerPicked, contactsRev, ownerRev,
                attempt, formShown, hash, List.of());
    }

    /**
     * The form goes back to the rep, as typed, with {@code notices} above it: a new attempt, with fresh contacts and
     * owner blocks so the inputs show exactly the values kept, and no owner hint (rule 6).
     */
    public ModalState formAgain(List<String> notices) {
        return new ModalState(userId, channelId, responseUrl, values, new OwnerHint(null), ownerPicked,
                contactsRev + 1, ownerRev + 1, attempt + 1, true, hash, notices);
    }

    /** "Try again" after a failure shown in the modal: the form as typed, with what went wrong above it. */
    public ModalState retried() {
        return formAgain(notices);
    }

    /** The app lost what was typed (it restarted): an empty form that says so. */
    public ModalState forgotten(String notice) {
        return new ModalState(userId, channelId, responseUrl, FormValues.fresh(null, null), ownerHint, false,
                contactsRev, ownerRev, attempt, formShown, hash, List.of(notice));
    }

    /** The view now shows the form (the catalog arrived, or the form came back). */
    public ModalState showingForm() {
        return withFace(true, notices);
    }

    /** The view now shows a status (loading, unavailable, creating, created): the inputs are kept for "Try again". */
    public ModalState showingStatus() {
        return withFace(false, notices);
    }

    /** The view shows that the create failed; {@code notices} go above the form if the rep tries again. */
    public ModalState failed(List<String> notices) {
        return withFace(false, notices);
    }

    /** Slack gave the view this hash (null: Slack replaced the view after a submission answer, hash unknown). */
    public ModalState withHash(String hash) {
        return new ModalState(userId, channelId, responseUrl, values, ownerHint, ownerPicked, contactsRev, ownerRev,
                attempt, formShown, hash, notices);
    }

    /** The same state without the response_url (the reply then goes by DM). */
    public ModalState withoutResponseUrl() {
        return new ModalState(userId, channelId, null, values, ownerHint, ownerPicked, contactsRev, ownerRev,
                attempt, formShown, hash, notices);
    }

    /** The hash the next update must name: the app's own when known, else the one a request from Slack carried. */
    public String hashOr(String hashFromSlack) {
        return hash != null ? hash : hashFromSlack;
    }

    private ModalState withFace(boolean form, List<String> lines) {
        return new ModalState(userId, channelId, responseUrl, values, ownerHint, ownerPicked, contactsRev, ownerRev,
                attempt, form, hash, Objects.requireNonNullElse(lines, List.of()));
    }
}
