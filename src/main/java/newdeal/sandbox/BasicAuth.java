package newdeal.sandbox;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** HTTP Basic with the sandbox's fixed API user, for its one space; anything else is a 401. */
final class BasicAuth {
    private final String spaceId;
    private final byte[] expected;

    BasicAuth(String spaceId, String username, String password) {
        this.spaceId = spaceId;
        this.expected = ("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    void require(Context ctx) {
        String header = ctx.header("Authorization");
        boolean credentialsMatch = header != null
                && MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.UTF_8));
        // API keys belong to one space: another space id fails like wrong credentials.
        if (!credentialsMatch || !spaceId.equals(ctx.pathParam("space"))) {
            throw ApiError.unauthorized();
        }
    }
}
