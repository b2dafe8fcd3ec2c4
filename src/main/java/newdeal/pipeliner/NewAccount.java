package newdeal.pipeliner;

/**
 * What {@code POST /entities/Accounts} needs ({@code createAccountInput} in the spec): the name and the owner (a
 * Pipeliner user), and optionally an email address ({@code email1}, may be null). Left out, the unit is the owner's
 * default sales unit.
 */
public record NewAccount(String name, String ownerId, String email) {
}
