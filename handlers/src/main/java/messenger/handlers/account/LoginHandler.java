package messenger.handlers.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.Runs;
import messenger.protocol.ErrorCode;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import org.jboss.logging.Logger;

/**
 * Checks the password, creates a device with a fresh token and authenticates the connection. The account is read
 * and the device written in two short transactions, and the password is checked between them, so that no pooled
 * connection waits on bcrypt: a flood of sign-ins would otherwise hold the pool and starve everyone else. A password
 * hash of another cost than the configured one is replaced by one of that cost ({@link PasswordHasher}).
 */
@ApplicationScoped
@Handles(type = Requests.Login.TYPE, openBeforeSignIn = true, runs = Runs.OWN_TRANSACTIONS)
public class LoginHandler extends AccountHandler {

    private static final Logger LOG = Logger.getLogger(LoginHandler.class);
    private static final int DEVICE_NAME_MAX = 100;

    /** What signing in needs of an account, read before its password is checked. */
    private record Account(long id, String login, String passwordHash) {

        static Optional<Account> find(String login) {
            return UserEntity.findByLogin(login).map(user -> new Account(user.id, user.login, user.passwordHash));
        }
    }

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Override
    public Reply handle(Request request, AccountSession session) {
        Requests.Login body = request.body(Requests.Login.class);
        String login = Fields.required(body.login(), "login");
        String password = Fields.required(body.password(), "password");
        Account account;
        try (LoginAttempt attempt = throttle.begin(UserEntity.keyOf(login), session.remoteAddress())) {
            account = checked(login, password, attempt, session.remoteAddress());
        }
        Optional<String> rehashed = hasher.hasCurrentCost(account.passwordHash())
                ? Optional.empty()
                : Optional.of(hasher.hash(password));
        String token = DeviceTokens.newToken();
        String device = deviceName(body.device());
        long deviceId = QuarkusTransaction.requiringNew().call(() -> {
            rehashed.ifPresent(hash -> UserEntity.update("passwordHash = ?1 where id = ?2", hash, account.id()));
            return newDevice(account.id(), device, token);
        });
        session.authenticate(new Identity(account.id(), account.login(), deviceId));
        LOG.infof("%s signed in as new device %d", account.login(), deviceId);
        return Reply.of(new Results.Login(account.login(), token));
    }

    /**
     * The account, when the password is its own; counted as a failure otherwise. A login no account can have never
     * matches one: the database ignores trailing spaces in comparisons, so {@code "alice "} would find alice and,
     * counted apart from {@code "alice"}, get guesses of its own.
     */
    private Account checked(String login, String password, LoginAttempt attempt, String address) {
        Optional<Account> account = ProtocolRules.isValidLogin(login)
                ? QuarkusTransaction.requiringNew().call(() -> Account.find(login))
                : Optional.empty();
        boolean passwordMatches = account.isPresent() && hasher.matches(password, account.get().passwordHash());
        if (account.isEmpty()) {
            hasher.matchNothing(password);
        }
        if (!passwordMatches) {
            attempt.failed();
            logFailure(account, address);
            throw authFailed();
        }
        attempt.succeeded();
        return account.get();
    }

    private static long newDevice(long userId, String name, String token) {
        DeviceEntity device = new DeviceEntity();
        device.user = UserEntity.getEntityManager().getReference(UserEntity.class, userId);
        device.name = name;
        device.tokenHash = DeviceTokens.hash(token);
        device.createdAt = Instant.now();
        device.persist();
        return device.id;
    }

    private static String deviceName(String requested) {
        if (requested == null) {
            return null;
        }
        return requested.codePointCount(0, requested.length()) <= DEVICE_NAME_MAX
                ? requested
                : requested.substring(0, requested.offsetByCodePoints(0, DEVICE_NAME_MAX));
    }

    /**
     * Names the account only when it exists: what someone typed as a login that matches none may be their
     * password, typed into the wrong field.
     */
    private static void logFailure(Optional<Account> account, String address) {
        if (account.isPresent()) {
            LOG.infof("failed sign-in as %s from %s", account.get().login(), address);
        } else {
            LOG.infof("failed sign-in with an unknown login from %s", address);
        }
    }

    static RequestException authFailed() {
        return new RequestException(ErrorCode.AUTH_FAILED, "wrong login or password");
    }
}
