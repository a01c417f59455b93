package messenger.handlers.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import messenger.protocol.Sha256;

/**
 * bcrypt with cost 12. Unknown logins are checked against a dummy hash so that both paths take as long.
 * bcrypt reads only the first 72 bytes of a password, and the contract allows 128 characters (up to 512 bytes):
 * a password longer than that is hashed with SHA-256 first, so that every character counts. Its stored hash
 * carries {@value #PRE_HASHED} in front of the bcrypt string, and hashes stored without it verify as before.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int COST = 12;
    static final int BCRYPT_MAX_BYTES = 72;
    static final String PRE_HASHED = "sha256:";
    private final String dummyHash = BcryptUtil.bcryptHash("no such user, same cost", COST);

    public String hash(String password) {
        return isLong(password)
                ? PRE_HASHED + BcryptUtil.bcryptHash(preHashed(password), COST)
                : BcryptUtil.bcryptHash(password, COST);
    }

    public boolean matches(String password, String hash) {
        return hash.startsWith(PRE_HASHED)
                ? BcryptUtil.matches(preHashed(password), hash.substring(PRE_HASHED.length()))
                : BcryptUtil.matches(password, hash);
    }

    /** Spends the time of one check without a real hash to compare with. */
    public void matchNothing(String password) {
        BcryptUtil.matches(isLong(password) ? preHashed(password) : password, dummyHash);
    }

    private static boolean isLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES;
    }

    /** 44 characters of Base64: within bcrypt's 72 bytes, and no NUL byte that could end it early. */
    private static String preHashed(String password) {
        byte[] digest = Sha256.newDigest().digest(password.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }
}
