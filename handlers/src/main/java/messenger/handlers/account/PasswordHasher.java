package messenger.handlers.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt with cost 12. Unknown logins are checked against a dummy hash so that both paths take as long. */
@ApplicationScoped
public class PasswordHasher {

    static final int COST = 12;
    private final String dummyHash = BcryptUtil.bcryptHash("no such user, same cost", COST);

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    /** Spends the time of one check without a real hash to compare with. */
    public void matchNothing(String password) {
        BcryptUtil.matches(password, dummyHash);
    }
}
