package messenger.server.cluster;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import messenger.protocol.Presence;
import messenger.server.hub.PresenceTracker;
import messenger.server.hub.SubscriberHub;

/**
 * In a cluster, the presence this server last told its connections, for every user it told was not offline, so
 * that a snapshot of the cluster's presence can set right what it missed: changes published while it was not
 * subscribed to Redis (Redis restarted, or its subscription went silent) reach nobody later. At most one entry a
 * user present somewhere in the cluster.
 *
 * <p>Threads: the subscription's event loop, and the threads that change presence while Redis is away.
 */
@ApplicationScoped
public class PresenceShownHere {

    private final Map<String, String> statusByLogin = new ConcurrentHashMap<>();

    @Inject
    SubscriberHub hub;

    /** Tells this server's connections a user's presence. */
    void tell(Presence presence) {
        if (Presence.OFFLINE.equals(presence.status())) {
            statusByLogin.remove(presence.login());
        } else {
            statusByLogin.put(presence.login(), presence.status());
        }
        hub.signal(PresenceTracker.pushOf(presence), null, null);
    }

    /**
     * Tells the connections what differs from a snapshot of every user present in the cluster (a JSON object of
     * login to status, see {@link PresenceScripts#SNAPSHOT}) taken at {@code at}: a user not in it went offline.
     */
    void correct(String snapshot, String at) {
        Map<String, String> present = new HashMap<>();
        JsonObject users = JsonParser.parseString(snapshot).getAsJsonObject();
        users.keySet().forEach(login -> present.put(login, users.get(login).getAsString()));
        statusByLogin.forEach((login, status) -> {
            if (!present.containsKey(login)) {
                tell(new Presence(login, Presence.OFFLINE, at));
            }
        });
        present.forEach((login, status) -> {
            if (!status.equals(statusByLogin.get(login))) {
                tell(new Presence(login, status, null));
            }
        });
    }
}
