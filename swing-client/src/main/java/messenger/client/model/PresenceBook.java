package messenger.client.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import messenger.protocol.Presence;

/**
 * Whether the people on screen are here, as the server last said: the answers to {@code presence} and the pushes
 * after them about those people. The server pushes about everyone who shares a conversation with the user, which
 * is everyone (all are in <i>general</i>); only those asked about are kept, so the book stays as small as the
 * screen. Listeners hear each change on the thread that made it.
 *
 * <p>Thread-safe: network threads change it, views read it.
 */
public final class PresenceBook {

    /** Hears that a user's presence changed. */
    public interface Listener {
        void changed(Presence presence);
    }

    private final Map<String, Presence> byLogin = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The server's answer about someone asked for. */
    public void update(Presence presence) {
        byLogin.put(key(presence.login()), presence);
        listeners.forEach(listener -> listener.changed(presence));
    }

    /** A push: kept when it is about someone asked for, else left alone. */
    public void pushed(Presence presence) {
        if (byLogin.replace(key(presence.login()), presence) != null) {
            listeners.forEach(listener -> listener.changed(presence));
        }
    }

    public Optional<Presence> of(String login) {
        return Optional.ofNullable(byLogin.get(key(login)));
    }

    /** Of these logins, those not known yet: to be asked for. */
    public List<String> unknown(List<String> logins) {
        return logins.stream().filter(login -> !byLogin.containsKey(key(login))).distinct().toList();
    }

    private static String key(String login) {
        return login.toLowerCase(Locale.ROOT);
    }
}
