package messenger.server.dispatch;

import java.util.Optional;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Session;
import messenger.protocol.FrameLimits;

/**
 * The session as every handler but the account handlers sees it. It wraps the connection's session rather than
 * passing it on, so that no cast can reach signing in or out.
 */
final class OrdinarySession implements Session {

    private final Session connection;

    OrdinarySession(Session connection) {
        this.connection = connection;
    }

    @Override
    public long connectionId() {
        return connection.connectionId();
    }

    @Override
    public String remoteAddress() {
        return connection.remoteAddress();
    }

    @Override
    public Optional<Identity> identity() {
        return connection.identity();
    }

    @Override
    public void subscribe(boolean allConversations) {
        connection.subscribe(allConversations);
    }

    @Override
    public void setIdle(boolean idle) {
        connection.setIdle(idle);
    }

    @Override
    public FrameLimits limits() {
        return connection.limits();
    }
}
