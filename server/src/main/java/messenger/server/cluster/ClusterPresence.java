package messenger.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import messenger.protocol.Presence;
import messenger.server.hub.PresenceRelay;
import messenger.server.hub.PresenceTracker;
import messenger.server.hub.SubscriberHub;

/**
 * Presence across the servers: alone, a server tells its own connections; in a cluster each server's view goes to
 * Redis, which tells every server the user's presence across all of them (see {@link PresenceScripts}). While
 * Redis does not answer, a server tells and answers what it sees itself.
 */
@ApplicationScoped
public class ClusterPresence implements PresenceRelay {

    private static final long ASK_TIMEOUT_MILLIS = 1_000;

    @Inject
    LogFanOut fanOut;

    @Inject
    SubscriberHub hub;

    @Override
    public void changed(long userId, Presence local) {
        RedisLink link = fanOut.link();
        if (link == null || !link.reachable()) {
            tellHere(local);
            return;
        }
        link.updatePresence(userId, local).onFailure(error -> tellHere(local));
    }

    @Override
    public String statusOf(long userId, String local) {
        RedisLink link = fanOut.link();
        if (link == null || !link.reachable()) {
            return local;
        }
        return RedisLink.await(link.presenceOf(userId), ASK_TIMEOUT_MILLIS).orElse(local);
    }

    private void tellHere(Presence presence) {
        hub.signal(PresenceTracker.pushOf(presence), null, null);
    }
}
