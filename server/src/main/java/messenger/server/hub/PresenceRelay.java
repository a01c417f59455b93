package messenger.server.hub;

import java.util.Map;
import messenger.protocol.Presence;

/**
 * Where a change of a user's presence on this server goes: to this server's connections when it runs alone, and in
 * a cluster through the servers' shared view, which tells everyone the user's presence across all servers.
 */
public interface PresenceRelay {

    /** The user's presence on this server changed to {@code local} (with {@code lastSeen} when offline here). */
    void changed(long userId, Presence local);

    /**
     * The users' presence as everyone should see it, given what this server sees of each ({@code local}, in the
     * order asked): one answer per user asked.
     */
    Map<Long, String> statusesOf(Map<Long, String> local);
}
