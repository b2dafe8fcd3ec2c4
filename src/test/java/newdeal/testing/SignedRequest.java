package newdeal.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request as Slack sends it to {@code /slack/events}: the raw body, its content type and the signature headers.
 * The {@code with…} methods make the broken variants the signature tests need.
 */
public record SignedRequest(String body, Map<String, String> headers) {
    public static final String SIGNATURE = "X-Slack-Signature";
    public static final String TIMESTAMP = "X-Slack-Request-Timestamp";

    public SignedRequest {
        headers = Map.copyOf(headers);
    }

    public String header(String name) {
        return headers.get(name);
    }

    public SignedRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SignedRequest(body, copy);
    }

    public SignedRequest withoutSignature() {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(SIGNATURE);
        copy.remove(TIMESTAMP);
        return new SignedRequest(body, copy);
    }

    /** The same headers over another body: what an attacker who altered the body in transit would send. */
    public SignedRequest withBody(String otherBody) {
        return new SignedRequest(otherBody, headers);
    }
}
