package messenger.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import messenger.handlers.account.DeviceSessions;
import messenger.server.transport.ConnectionRegistry;

/**
 * Signs a revoked device out of its connections on this server and, in a cluster, on the others (through Redis);
 * while Redis is away the others refuse the token at its next {@code resume}, and sign out the connections they
 * hold once they have subscribed again ({@link SignOutsFromElsewhere}).
 */
@ApplicationScoped
public class ClusterDeviceSessions implements DeviceSessions {

    @Inject
    ConnectionRegistry connections;

    @Inject
    LogFanOut fanOut;

    @Override
    public void signOutDevice(long deviceId) {
        connections.signOutDevice(deviceId);
        RedisLink link = fanOut.link();
        if (link != null) {
            link.signOutElsewhere(deviceId);
        }
    }
}
