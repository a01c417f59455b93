package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import messenger.handlers.TransactionOutcome;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/**
 * Authenticates a further connection of a device (file connection, reconnect) by its token. The connection is
 * signed in while the device's row is share-locked, before the commit: a {@code logout} racing this request
 * then commits after it, and its sign-out of the device's connections finds this one.
 */
@ApplicationScoped
@Handles(type = Requests.Resume.TYPE, openBeforeSignIn = true)
public class ResumeHandler extends AccountHandler {

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Override
    public Reply handle(Request request, AccountSession session) {
        String token = Fields.required(request.body(Requests.Resume.class).token(), "token");
        DeviceEntity device = DeviceEntity.lockActiveByTokenHash(DeviceTokens.hash(token))
                .orElseThrow(() -> new RequestException(ErrorCode.AUTH_FAILED, "unknown or revoked token"));
        session.authenticate(new Identity(device.user.id, device.user.login, device.id));
        transaction.registerInterposedSynchronization(TransactionOutcome.unlessCommitted(session::signOut));
        return Reply.of(new Results.Resumed(device.user.login));
    }
}
