package messenger.server.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.AddressLimitKey;
import messenger.server.ServerConfig;

/** Counts open, not yet authenticated connections per address and refuses those over the cap. */
@ApplicationScoped
public class UnauthenticatedConnections {

    private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();

    @Inject
    ServerConfig config;

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

    void release(String address) {
        perAddress.computeIfPresent(AddressLimitKey.of(address), (ignored, count) -> count <= 1 ? null : count - 1);
    }
}
