package newdeal.slack;

import java.util.List;
import newdeal.deal.Catalog;

/**
 * Everything the form view is built from: the catalog, the values to show, the owner hint, the metadata to carry,
 * and lines to show above the inputs (what went wrong last time), possibly none.
 */
record FormModel(Catalog catalog, FormValues values, OwnerHint ownerHint, ModalMetadata metadata,
                 List<String> notices) {

    FormModel {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    FormModel withNotices(List<String> lines) {
        return new FormModel(catalog, values, ownerHint, metadata, lines);
    }

    /** The rep picked an owner (or had one from the start): a late lookup must not replace it. */
    boolean ownerChosen() {
        return values.ownerId() != null;
    }

    FormModel withOwner(String ownerId) {
        return new FormModel(catalog, values.withOwner(ownerId), ownerHint, metadata, notices);
    }

    /**
     * The rep's Pipeliner user was found (or not) after the form opened. An owner already chosen stays, in the same
     * block: a new block_id would wipe what the rep picked in Slack.
     */
    FormModel withOwnerFound(OwnerLookup.Result owner) {
        if (ownerChosen()) {
            return this;
        }
        if (owner.user().isEmpty()) {
            return new FormModel(catalog, values, owner.hint(), metadata, notices);
        }
        return new FormModel(catalog, values.withOwner(owner.user().get().id()), owner.hint(),
                metadata.withNewOwnerBlock(), notices);
    }
}
