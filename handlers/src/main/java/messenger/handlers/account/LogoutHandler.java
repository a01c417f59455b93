package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import messenger.handlers.TransactionOutcome;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;
import org.jboss.logging.Logger;

/** Revokes the device token of this connection and signs out every connection that used it. */
@ApplicationScoped
@Handles(type = Requests.Logout.TYPE)
public class LogoutHandler implements RequestHandler {

    private static final Logger LOG = Logger.getLogger(LogoutHandler.class);

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Inject
    DeviceSessions deviceSessions;

    @Override
    public Reply handle(Request request, Session session) {
        long deviceId = session.requireIdentity().deviceId();
        DeviceEntity device = DeviceEntity.findById(deviceId);
        if (device != null && device.revokedAt == null) {
            device.revokedAt = Instant.now();
        }
        TransactionOutcome.afterCommit(transaction, () -> deviceSessions.signOutDevice(deviceId));
        LOG.infof("device %d signed out and its token revoked", deviceId);
        return Reply.ok();
    }
}
