package messenger.server.hub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import messenger.handlers.live.LastSeen;
import messenger.handlers.spi.PresenceBoard;
import messenger.protocol.Frame;
import messenger.protocol.Json;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;
import messenger.protocol.Timestamps;

/**
 * Each user's presence on this server, derived from their subscribed connections here: online while one is in use,
 * away while all are idle, offline (and seen last now) when none is left. A change goes to the
 * {@link PresenceRelay}, which tells everyone following all their conversations (every account shares
 * <i>general</i> with every other).
 */
@ApplicationScoped
public class PresenceTracker implements PresenceBoard {

    /** Users with a connection here, and their presence here; offline users have no entry. */
    private final Map<Long, Presence> present = new ConcurrentHashMap<>();

    @Inject
    SubscriberHub hub;

    @Inject
    LastSeen lastSeen;

    @Inject
    PresenceRelay relay;

    @Override
    public Map<Long, String> statusesOf(List<Long> userIds) {
        Map<Long, String> local = new LinkedHashMap<>();
        for (long userId : userIds) {
            Presence here = present.get(userId);
            local.put(userId, here == null ? Presence.OFFLINE : here.status());
        }
        return relay.statusesOf(local);
    }

    /** The users with a connection to this server, and their presence here. */
    public Map<Long, Presence> present() {
        return Map.copyOf(present);
    }

    /**
     * Works out the status of {@code changed}'s user again after their connections changed, and tells everyone
     * when it differs. Inside the map's lock of that user, so two changes of one user are told in order.
     */
    void refresh(Subscriber changed) {
        long user = changed.userId();
        present.compute(user, (id, before) -> {
            String now = statusFromConnections(user);
            if (!now.equals(before == null ? Presence.OFFLINE : before.status())) {
                String seen = null;
                if (Presence.OFFLINE.equals(now)) {
                    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    lastSeen.record(user, at);
                    seen = Timestamps.format(at);
                }
                relay.changed(user, new Presence(changed.login(), now, seen));
            }
            return Presence.OFFLINE.equals(now) ? null : new Presence(changed.login(), now, null);
        });
    }

    /** The push that tells a presence. */
    public static Frame pushOf(Presence presence) {
        return new Frame(Json.object(Pushes.PresencePush.TYPE, new Pushes.PresencePush(presence)));
    }

    private String statusFromConnections(long user) {
        boolean any = false;
        for (Subscriber connection : hub.connectionsOf(user)) {
            if (!connection.idle()) {
                return Presence.ONLINE;
            }
            any = true;
        }
        return any ? Presence.AWAY : Presence.OFFLINE;
    }
}
