package newdeal.pipeliner;

/** One item of {@code account_relations} or {@code contact_relations} in a create body. */
public record Relation(String id, boolean primary) {
}
