package messenger.server.transport;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import messenger.server.metrics.ServerMetrics;

/** Every open connection of this server, so that a device can be signed out on all of them at once. */
@ApplicationScoped
public class ConnectionRegistry {

    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    @Inject
    ServerMetrics metrics;

    void registerGauges(@Observes StartupEvent event) {
        metrics.gauge("messenger.connections.open", "open TCP connections", open::size);
        metrics.gauge("messenger.sessions.authenticated", "connections signed in as a user",
                () -> open.stream().filter(connection -> connection.identity().isPresent()).count());
    }

    void add(Connection connection) {
        open.add(connection);
    }

    void remove(Connection connection) {
        open.remove(connection);
    }

    /** The connections open now. */
    List<Connection> openNow() {
        return List.copyOf(open);
    }

    /** Drains every connection (see {@link Connection#drain}); completes when all are closed. */
    CompletableFuture<Void> drainAll(Buffer notice) {
        return CompletableFuture.allOf(open.stream().map(c -> c.drain(notice)).toArray(CompletableFuture[]::new));
    }

    /** The devices this server's connections are signed in as now. */
    public Set<Long> signedInDevices() {
        Set<Long> devices = new HashSet<>();
        open.forEach(connection -> connection.identity().ifPresent(identity -> devices.add(identity.deviceId())));
        return devices;
    }

    /** Signs out this server's connections of the device (see {@code ClusterDeviceSessions} for all servers'). */
    public void signOutDevice(long deviceId) {
        open.forEach(connection -> connection.signOutDevice(deviceId));
    }
}
