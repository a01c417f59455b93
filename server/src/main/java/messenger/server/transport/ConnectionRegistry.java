package messenger.server.transport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.spi.DeviceSessions;

/** Every open connection, so that a device can be signed out everywhere at once. */
@ApplicationScoped
public class ConnectionRegistry implements DeviceSessions {

    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    void add(Connection connection) {
        open.add(connection);
    }

    void remove(Connection connection) {
        open.remove(connection);
    }

    public int size() {
        return open.size();
    }

    @Override
    public void signOutDevice(long deviceId) {
        open.stream()
                .filter(connection -> connection.identity().filter(id -> id.deviceId() == deviceId).isPresent())
                .forEach(Connection::signOut);
    }
}
