package newdeal.pipeliner;

/** A contact as linked to one account; {@code primary} is the relation's {@code is_primary}. */
public record AccountContact(Contact contact, boolean primary) {
}
