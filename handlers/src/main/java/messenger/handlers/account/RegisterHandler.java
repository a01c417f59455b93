package messenger.handlers.account;

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
import messenger.handlers.spi.Session;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

@ApplicationScoped
@Handles(type = Requests.Register.TYPE, openBeforeSignIn = true)
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
        if (UserEntity.findByLogin(login).isPresent()) {
            throw loginTaken();
        }
        UserEntity user = new UserEntity();
        user.login = login;
        user.loginKey = UserEntity.keyOf(login);
        user.passwordHash = hasher.hash(password);
        user.createdAt = Instant.now();
        try {
            user.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // another connection registered the same login between the check and the insert
            throw loginTaken();
        }
        MemberEntity.of(ConversationEntity.GENERAL, user.id, Conversation.MEMBER, user.createdAt).persist();
        LOG.infof("account %s created from %s", login, session.remoteAddress());
        return Reply.ok();
    }

    private static RequestException loginTaken() {
        return new RequestException(ErrorCode.LOGIN_TAKEN, "this login is taken");
    }
}
