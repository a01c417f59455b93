package messenger.handlers.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import messenger.handlers.HandlerConfig;
import messenger.protocol.Sha256;
import org.jboss.logging.Logger;

/**
 * bcrypt with the configured cost, 12 by default. Unknown logins are checked against a dummy hash so that both
 * paths take as long.
 * bcrypt reads only the first 72 bytes of a password, and the contract allows 128 characters (up to 512 bytes):
 * a password longer than that is hashed with SHA-256 first, so that every character counts. Its stored hash
 * carries {@value #PRE_HASHED} in front of the bcrypt string, and hashes stored without it verify as before.
 * A hash of another cost (stored before the cost was changed) is made again at sign-in ({@link #hasCurrentCost}):
 * otherwise its logins would take another time than the dummy check of an unknown login, and tell that they exist.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int RECOMMENDED_COST = 12;
    static final int BCRYPT_MAX_BYTES = 72;
    static final String PRE_HASHED = "sha256:";
    private static final Logger LOG = Logger.getLogger(PasswordHasher.class);

    private final int cost;
    private final String dummyHash;

    @Inject
    PasswordHasher(HandlerConfig config) {
        this(config.passwordHashCost());
    }

    PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("messenger.password-hash-cost must be between 4 and 31, not " + cost);
        }
        if (cost < RECOMMENDED_COST) {
            LOG.warnf("passwords are hashed with bcrypt cost %d (messenger.password-hash-cost); %d or more keeps"
                    + " stolen hashes hard to crack: lower it only for tests", cost, RECOMMENDED_COST);
        }
        this.cost = cost;
        this.dummyHash = BcryptUtil.bcryptHash("no such user, same cost", cost);
    }

    public String hash(String password) {
        return isLong(password)
                ? PRE_HASHED + BcryptUtil.bcryptHash(preHashed(password), cost)
                : BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return hash.startsWith(PRE_HASHED)
                ? BcryptUtil.matches(preHashed(password), hash.substring(PRE_HASHED.length()))
                : BcryptUtil.matches(password, hash);
    }

    /** Whether {@code hash}, one that {@link #matches} accepted, was made with the configured cost. */
    public boolean hasCurrentCost(String hash) {
        String bcrypt = hash.startsWith(PRE_HASHED) ? hash.substring(PRE_HASHED.length()) : hash;
        // $2a$12$…: the version ($2a, $2b or $2y), then the cost
        return bcrypt.startsWith(String.format("$%02d$", cost), 3);
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
