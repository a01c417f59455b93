package messenger.server.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import messenger.handlers.account.DeviceEntity;
import messenger.server.transport.ConnectionRegistry;
import org.jboss.logging.Logger;

/**
 * Signs out this server's connections of devices signed out ({@code logout}) on another server, as Redis tells.
 * Such a sign-out is published once, to the servers subscribed at that moment: one that was not (Redis away, its
 * subscription silent or being made again) would keep the device's connections signed in. So every time this server
 * has subscribed (again), it also asks the database which of its connections' devices were signed out meanwhile.
 * Only committed revocations count: a device whose login has not committed yet is not mistaken for one that is gone.
 */
@ApplicationScoped
public class SignOutsFromElsewhere {

    private static final Logger LOG = Logger.getLogger(SignOutsFromElsewhere.class);
    private static final int DEVICES_PER_QUERY = 1_000;

    @Inject
    ConnectionRegistry connections;

    @Inject
    Vertx vertx;

    /** Told through Redis; any thread. */
    void told(long deviceId) {
        connections.signOutDevice(deviceId);
    }

    /** Finds the sign-outs told while this server was not subscribed; any thread, the check runs on a worker. */
    void findMissed() {
        vertx.executeBlocking(() -> {
            signOutRevoked();
            return null;
        }, false).onFailure(error -> LOG.warnf(
                "cluster: could not check for devices signed out on other servers meanwhile (%s)", error.toString()));
    }

    private void signOutRevoked() {
        List<Long> devices = List.copyOf(connections.signedInDevices());
        for (int from = 0; from < devices.size(); from += DEVICES_PER_QUERY) {
            List<Long> some = devices.subList(from, Math.min(devices.size(), from + DEVICES_PER_QUERY));
            Set<Long> revoked = QuarkusTransaction.requiringNew().call(() -> DeviceEntity.revokedAmong(some));
            revoked.forEach(connections::signOutDevice);
        }
    }
}
