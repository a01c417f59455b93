package messenger.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import messenger.protocol.Presence;
import messenger.server.hub.PresenceRelay;

/**
 * Presence across the servers: alone, a server tells its own connections; in a cluster each server's view goes to
 * Redis, which tells every server the user's presence across all of them (see {@link PresenceScripts}). While
 * Redis does not answer, a server tells and answers what it sees itself, and tells the others once it answers again
 * ({@link PresenceToldLocally}).
 */
@ApplicationScoped
public class ClusterPresence implements PresenceRelay {

    private static final long ASK_TIMEOUT_MILLIS = 1_000;

    @Inject
    LogFanOut fanOut;

    @Inject
    PresenceToldLocally toldLocally;

    @Inject
    PresenceShownHere shown;

    @Override
    public void changed(long userId, Presence local) {
        RedisLink link = fanOut.link();
        if (link == null || !link.reachable()) {
            tellHere(userId, local, link != null);
            return;
        }
        link.updatePresence(userId, local).onFailure(error -> tellHere(userId, local, true));
    }

    @Override
    public Map<Long, String> statusesOf(Map<Long, String> local) {
        RedisLink link = fanOut.link();
        if (link == null || !link.reachable() || local.isEmpty()) {
            return local;
        }
        List<Long> users = List.copyOf(local.keySet());
        return RedisLink.await(link.presenceOf(users), ASK_TIMEOUT_MILLIS).map(statuses -> {
            Map<Long, String> across = new HashMap<>();
            for (int i = 0; i < users.size(); i++) {
                across.put(users.get(i), statuses.get(i));
            }
            return across;
        }).orElse(local);
    }

    /** In a cluster, the others hear of it once Redis answers again. */
    private void tellHere(long userId, Presence presence, boolean inACluster) {
        if (inACluster) {
            toldLocally.add(userId, presence.login());
        }
        shown.tell(presence);
    }
}
