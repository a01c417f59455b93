package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Optional;
import messenger.handlers.TransactionOutcome;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import org.jboss.logging.Logger;

/** Checks the password, creates a device with a fresh token and authenticates the connection. */
@ApplicationScoped
@Handles(type = Requests.Login.TYPE, openBeforeSignIn = true)
public class LoginHandler extends AccountHandler {

    private static final Logger LOG = Logger.getLogger(LoginHandler.class);
    private static final int DEVICE_NAME_MAX = 100;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Override
    public Reply handle(Request request, AccountSession session) {
        Requests.Login body = request.body(Requests.Login.class);
        String login = Fields.required(body.login(), "login");
        String password = Fields.required(body.password(), "password");
        Optional<UserEntity> user;
        try (LoginAttempt attempt = throttle.begin(UserEntity.keyOf(login), session.remoteAddress())) {
            user = checked(login, password, attempt, session.remoteAddress());
        }
        if (user.isEmpty()) {
            throw authFailed();
        }
        String token = DeviceTokens.newToken();
        DeviceEntity device = new DeviceEntity();
        device.user = user.get();
        device.name = deviceName(body.device());
        device.tokenHash = DeviceTokens.hash(token);
        device.createdAt = Instant.now();
        device.persist();
        Identity identity = new Identity(user.get().id, user.get().login, device.id);
        TransactionOutcome.afterCommit(transaction, () -> session.authenticate(identity));
        LOG.infof("%s signed in as new device %d", user.get().login, device.id);
        return Reply.of(new Results.Login(user.get().login, token));
    }

    /**
     * The account, when the password is its own; counted as a failure otherwise. A login no account can have never
     * matches one: the database ignores trailing spaces in comparisons, so {@code "alice "} would find alice and,
     * counted apart from {@code "alice"}, get guesses of its own.
     */
    private Optional<UserEntity> checked(String login, String password, LoginAttempt attempt, String address) {
        Optional<UserEntity> user = ProtocolRules.isValidLogin(login) ? UserEntity.findByLogin(login)
                : Optional.empty();
        boolean passwordMatches = user.isPresent() && hasher.matches(password, user.get().passwordHash);
        if (user.isEmpty()) {
            hasher.matchNothing(password);
        }
        if (!passwordMatches) {
            attempt.failed();
            logFailure(user, address);
            return Optional.empty();
        }
        attempt.succeeded();
        return user;
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
    private static void logFailure(Optional<UserEntity> user, String address) {
        if (user.isPresent()) {
            LOG.infof("failed sign-in as %s from %s", user.get().login, address);
        } else {
            LOG.infof("failed sign-in with an unknown login from %s", address);
        }
    }

    static RequestException authFailed() {
        return new RequestException(ErrorCode.AUTH_FAILED, "wrong login or password");
    }
}
