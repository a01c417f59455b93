package messenger.server.cluster;

import java.nio.charset.StandardCharsets;
import messenger.protocol.Sha256;

/**
 * Key names that do not show what they count: a login attempt's login may be a password typed into the wrong field,
 * and addresses are the users'. Anyone who can list Redis's keys or watch its commands sees only SHA-256s; a short
 * login or an address can still be found by hashing guesses, so Redis stays on a private network (docs/security.md).
 */
final class RedisKeys {

    private RedisKeys() {
    }

    static String hidden(String prefix, String secret) {
        return prefix + Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));
    }
}
