package newdeal.deal.state;

/** Argument checks shared by both stores, so both refuse the same calls with the same messages. */
final class Ids {
    /** Slack's ids, signatures and submission keys are far shorter; a longer one is a caller's mistake. */
    static final int MAX_ID = 512;

    private Ids() {
    }

    static void require(String what, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required, got "
                    + (id == null ? "null" : "a blank one"));
        }
        if (id.length() > MAX_ID) {
            throw new IllegalArgumentException("A " + what + " is at most " + MAX_ID + " characters, got "
                    + id.length() + " starting " + id.substring(0, 20));
        }
    }

    static void requireValue(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException("A " + what + " is required, got null");
        }
    }

    static void requireVersion(long expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("A modal's version is 0 or more, got " + expected);
        }
    }
}
