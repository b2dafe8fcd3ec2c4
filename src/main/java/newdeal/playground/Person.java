package newdeal.playground;

/** A Slack member the page's "You are" picker offers; {@code note} says how Pipeliner knows (or not) their email. */
record Person(String id, String username, String realName, String email, String note) {
}
