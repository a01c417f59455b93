package messenger.handlers.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import messenger.handlers.conversation.ConversationEntity;
import messenger.handlers.conversation.MemberEntity;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Creates an account. The password is hashed between two short transactions, so that no pooled connection waits on
 * bcrypt.
 */
@ApplicationScoped
@Handles(type = Requests.Register.TYPE, openBeforeSignIn = true, runs = Runs.OWN_TRANSACTIONS)
public class RegisterHandler implements RequestHandler {

    private static final Logger LOG = Logger.getLogger(RegisterHandler.class);

    @Inject
    PasswordHasher hasher;

    @Inject
    RegistrationLimiter registrations;

    @Override
    public Reply handle(Request request, Session session) {
        Requests.Register body = request.body(Requests.Register.class);
        String login = Fields.required(body.login(), "login");
        String password = Fields.required(body.password(), "password");
        if (!ProtocolRules.isValidLogin(login)) {
            throw new RequestException(ErrorCode.INVALID_LOGIN,
                    "a login is 3 to 32 characters of letters, digits, '_', '.' and '-'");
        }
        if (!ProtocolRules.isValidPassword(password)) {
            throw new RequestException(ErrorCode.WEAK_PASSWORD, "a password is 8 to 128 characters");
        }
        registrations.acquire(session.remoteAddress());
        if (QuarkusTransaction.requiringNew().call(() -> UserEntity.findByLogin(login).isPresent())) {
            throw loginTaken();
        }
        String passwordHash = hasher.hash(password);
        try {
            QuarkusTransaction.requiringNew().run(() -> create(login, passwordHash));
        } catch (ConstraintViolationException e) {
            // another connection registered the same login between the check and the insert
            throw loginTaken();
        }
        LOG.infof("account %s created from %s", login, session.remoteAddress());
        return Reply.ok();
    }

    private static void create(String login, String passwordHash) {
        UserEntity user = new UserEntity();
        user.login = login;
        user.loginKey = UserEntity.keyOf(login);
        user.passwordHash = passwordHash;
        user.createdAt = Instant.now();
        user.persistAndFlush();
        MemberEntity.of(ConversationEntity.GENERAL, user.id, Conversation.MEMBER, user.createdAt).persist();
    }

    private static RequestException loginTaken() {
        return new RequestException(ErrorCode.LOGIN_TAKEN, "this login is taken");
    }
}
