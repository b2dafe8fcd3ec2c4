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

    /** The rep's Pipeliner user was found (or not) after the form opened. */
    FormModel withOwnerFound(OwnerLookup.Result owner) {
        if (owner.user().isEmpty()) {
            return new FormModel(catalog, values, owner.hint(), metadata, notices);
        }
        return new FormModel(catalog, values.withOwner(owner.user().get().id()), owner.hint(),
                metadata.withNewOwnerBlock(), notices);
    }
}
