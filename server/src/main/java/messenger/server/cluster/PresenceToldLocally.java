package messenger.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The users whose presence changed here while Redis could not be told, so that this server told only its own
 * connections. Once Redis answers again, each is told to every server as Redis then has it, changed there or not:
 * the others may still show what they heard last (the user left this server but is on another, or Redis came back
 * empty after a restart and never heard of them). At most one entry a user of this server.
 */
@ApplicationScoped
public class PresenceToldLocally {

    private final Map<Long, String> loginsById = new ConcurrentHashMap<>();

    void add(long userId, String login) {
        loginsById.put(userId, login);
    }

    void forEach(BiConsumer<Long, String> action) {
        loginsById.forEach(action);
    }

    /** Told to every server; a change told only here meanwhile stays to be told. */
    void settled(long userId, String login) {
        loginsById.remove(userId, login);
    }
}
