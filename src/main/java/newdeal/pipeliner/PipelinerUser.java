package newdeal.pipeliner;

/** A Pipeliner user, the entity Pipeliner calls "Client". */
public record PipelinerUser(String id, String email, String firstName, String lastName, String formattedName,
                            String defaultUnitId) {
}
