package newdeal.deal;

import java.text.Normalizer;

/**
 * Text as searches compare it: lower case, accents dropped ({@code Müller} → {@code muller}, {@code ß} → {@code ss}),
 * and only words: anything but letters and digits separates them, as one space ({@code Acme, Inc.} →
 * {@code acme inc}), trimmed. So {@code at&t} finds {@code AT & T}, and every word starts after a space.
 */
final class Fold {
    private Fold() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMark(c)) {
                continue; // an accent typed apart from its letter
            }
            if (!isWordChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (c < 128) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else {
                appendFolded(c, out);
            }
        }
        return out.toString();
    }

    /** A letter or digit: what words are made of. */
    static boolean isWordChar(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                : Character.isLetterOrDigit(c);
    }

    /** A letter, a digit, or an accent typed apart from its letter: what a word is written with. */
    static boolean isWordPart(char c) {
        return isWordChar(c) || isMark(c);
    }

    private static boolean isMark(char c) {
        return c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Accented letters and ligatures as the plain letters a rep would type. */
    private static void appendFolded(char c, StringBuilder out) {
        switch (c) {
            case 'ß' -> out.append("ss");
            case 'æ', 'Æ' -> out.append("ae");
            case 'œ', 'Œ' -> out.append("oe");
            case 'ø', 'Ø' -> out.append('o');
            case 'ł', 'Ł' -> out.append('l');
            case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
            case 'þ', 'Þ' -> out.append("th");
            case 'ı' -> out.append('i');
            default -> {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                for (int i = 0; i < decomposed.length(); i++) {
                    char part = decomposed.charAt(i);
                    if (isWordChar(part)) {
                        out.append(Character.toLowerCase(part));
                    }
                }
            }
        }
    }
}
