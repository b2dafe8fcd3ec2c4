package newdeal.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newdeal.sandbox.CreateFields.Kind;

/**
 * The top-level fields of the spec's {@code createAccountInput} and how each is checked ({@link CreateFields} for
 * the simple ones). The spec tells the email fields ("Email address.") from plain text ("Simple text input
 * field."), so they are checked as addresses. Anything not listed here is an unknown field and is refused.
 */
final class AccountFields {
    static final Set<String> EMAILS = Set.of("email1", "email2", "email3", "email4", "email5");
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("name", Kind.SPECIAL), Map.entry("owner_id", Kind.SPECIAL), Map.entry("unit_id", Kind.SPECIAL),
            Map.entry("parent_account_id", Kind.SPECIAL), Map.entry("email1", Kind.SPECIAL),
            Map.entry("email2", Kind.SPECIAL), Map.entry("email3", Kind.SPECIAL), Map.entry("email4", Kind.SPECIAL),
            Map.entry("email5", Kind.SPECIAL), Map.entry("account_class", Kind.SPECIAL),
            Map.entry("address", Kind.TEXT), Map.entry("city", Kind.TEXT), Map.entry("comments", Kind.TEXT),
            Map.entry("country", Kind.TEXT), Map.entry("home_page", Kind.TEXT), Map.entry("phone1", Kind.TEXT),
            Map.entry("phone2", Kind.TEXT), Map.entry("phone3", Kind.TEXT), Map.entry("phone4", Kind.TEXT),
            Map.entry("phone5", Kind.TEXT), Map.entry("quick_parent_account_name", Kind.TEXT),
            Map.entry("state_province", Kind.TEXT), Map.entry("zip_code", Kind.TEXT),
            Map.entry("is_archived", Kind.BOOLEAN), Map.entry("is_unsubscribed", Kind.BOOLEAN),
            Map.entry("share_mode", Kind.SHARE_MODE), Map.entry("account_type_id", Kind.UUID),
            Map.entry("customer_type_id", Kind.UUID), Map.entry("industry_id", Kind.UUID),
            Map.entry("parent_account_relation_type_id", Kind.UUID), Map.entry("picture_id", Kind.UUID),
            Map.entry("created", Kind.SERVER_SET), Map.entry("modified", Kind.SERVER_SET),
            Map.entry("revision", Kind.SERVER_SET), Map.entry("picture", Kind.UNSUPPORTED),
            Map.entry("social_media", Kind.UNSUPPORTED), Map.entry("sharing_units", Kind.UNSUPPORTED),
            Map.entry("sharing_clients", Kind.UNSUPPORTED), Map.entry("documents", Kind.UNSUPPORTED),
            Map.entry("tags", Kind.UNSUPPORTED));

    private AccountFields() {
    }

    static Optional<Kind> kind(String field) {
        return Optional.ofNullable(KINDS.get(field));
    }
}
