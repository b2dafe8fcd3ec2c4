package newdeal.deal.state;

/**
 * Where each piece of state lives in Redis, readable in redis-cli ({@code KEYS new-deal:*}). A submission's two keys
 * share a hash tag ({@code {…}}), so the scripts that touch both also run on a Redis cluster.
 * <pre>
 * new-deal:submission:{key}   string "claimed:&lt;token&gt;" (lease) or "outcome:&lt;json&gt;" (outcome lifetime)
 * new-deal:claimed:{key}      string &lt;token&gt; of a claim neither finished nor released (outcome lifetime)
 * new-deal:reply:&lt;key&gt;        marker (reply lifetime)
 * new-deal:signature:&lt;sig&gt;    marker (signature lifetime)
 * new-deal:opportunity:&lt;id&gt;   submission key that created it (attribution lifetime)
 * new-deal:modal:&lt;view id&gt;     hash {version, state} (modal lifetime, from the last write)
 * </pre>
 */
final class RedisKeys {
    static final String PREFIX = "new-deal:";
    static final String CLAIMED = "claimed:";
    static final String OUTCOME = "outcome:";

    private RedisKeys() {
    }

    /** The submission's key and its claim record, in that order (the scripts' KEYS[1] and KEYS[2]). */
    static String[] submission(String submissionKey) {
        return new String[] {PREFIX + "submission:{" + submissionKey + "}", PREFIX + "claimed:{" + submissionKey + "}"};
    }

    static String marker(Marker marker, String id) {
        return PREFIX + marker.segment() + ":" + id;
    }

    static String modal(String viewId) {
        return PREFIX + "modal:" + viewId;
    }
}
