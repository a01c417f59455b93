package messenger.server.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.AddressLimitKey;
import messenger.server.ServerConfig;

/**
 * Counts open, not yet authenticated connections per address and refuses those over the cap: on this server at
 * once, and in a cluster also across the servers (see {@link StrangersAcrossServers}).
 */
@ApplicationScoped
public class UnauthenticatedConnections {

    private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();

    @Inject
    ServerConfig config;

    @Inject
    StrangersAcrossServers acrossServers;

    boolean tryAdmit(String address) {
        boolean[] admitted = {false};
        perAddress.compute(AddressLimitKey.of(address), (ignored, count) -> {
            int current = count == null ? 0 : count;
            if (current >= config.maxUnauthenticatedPerAddress()) {
                return count;
            }
            admitted[0] = true;
            return current + 1;
        });
        return admitted[0];
    }

    /** After {@link #tryAdmit}: whether the other servers' strangers from the address leave room for this one. */
    CompletionStage<Boolean> admittedAcrossServers(String address, long connection) {
        return acrossServers.admit(AddressLimitKey.of(address), connection);
    }

    /** Connections from {@code address} on this server that are open and not signed in yet. */
    public int waitingFrom(String address) {
        return perAddress.getOrDefault(AddressLimitKey.of(address), 0);
    }

    void release(String address, long connection) {
        String key = AddressLimitKey.of(address);
        perAddress.computeIfPresent(key, (ignored, count) -> count <= 1 ? null : count - 1);
        acrossServers.release(key, connection);
    }
}
