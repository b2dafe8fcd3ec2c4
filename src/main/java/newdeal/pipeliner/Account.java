package newdeal.pipeliner;

/** An account (a company). {@code email1}, {@code city} and {@code ownerId} may be null. */
public record Account(String id, String name, String email1, String city, String ownerId) {
}
