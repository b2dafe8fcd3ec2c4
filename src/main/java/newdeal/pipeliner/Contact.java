package newdeal.pipeliner;

/** A contact (a person). Anything but {@code id} may be null. */
public record Contact(String id, String firstName, String lastName, String formattedName, String email1,
                      String title) {
}
