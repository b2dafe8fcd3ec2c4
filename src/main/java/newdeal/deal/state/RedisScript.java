package newdeal.deal.state;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Lua script that Redis runs atomically: sent by its SHA-1 digest, and whole only when Redis does not know it yet
 * (after a restart or a failover).
 */
record RedisScript(String body, String sha, ScriptOutputType output) {

    static RedisScript of(ScriptOutputType output, String... lines) {
        String body = String.join("\n", lines);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8));
            return new RedisScript(body, HexFormat.of().formatHex(digest), output);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-1", e);
        }
    }

    <T> T run(RedisCommands<String, String> commands, String[] keys, String... args) {
        try {
            return commands.evalsha(sha, output, keys, args);
        } catch (RedisNoScriptException e) {
            return commands.eval(body, output, keys, args);
        }
    }
}
