package newdeal.deal;

/** What the rep typed, quoted in a message: at most {@link #QUOTED} characters of it, so a message stays short. */
public final class TypedText {
    public static final int QUOTED = 30;

    private TypedText() {
    }

    /** {@code "12k"}, or the first 30 characters and an ellipsis: {@code "1111…"}. */
    public static String quoted(String typed) {
        String text = typed == null ? "" : typed;
        if (text.codePointCount(0, text.length()) <= QUOTED) {
            return "\"" + text + "\"";
        }
        return "\"" + text.substring(0, text.offsetByCodePoints(0, QUOTED)) + "…\"";
    }
}
