package newdeal.playground;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The Slack secrets of one playground run, made up at start: the signing secret the stand-in signs requests with
 * and the app checks them with, the bot token the app calls the stand-in's Web API with, and the deprecated
 * verification token Slack still puts in payloads. None is ever shown or logged.
 */
record Secrets(String signingSecret, String botToken, String verificationToken) {

    static Secrets generate() {
        SecureRandom random = new SecureRandom();
        return new Secrets(hex(random, 16), "xoxb-" + digits(random, 13) + "-" + digits(random, 13) + "-"
                + hex(random, 12), hex(random, 12));
    }

    @Override
    public String toString() {
        return "Secrets[hidden]";
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String digits(SecureRandom random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }
}
