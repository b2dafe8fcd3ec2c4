package newdeal.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One message the app posted to a (fake) slash-command response_url, and the status the fake answered with. */
public record ResponseUrlPost(String path, JsonNode body, int answeredStatus, Instant at) {
}
