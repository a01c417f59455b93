package messenger.client.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How many of the user's messages the server refused in each conversation, kept until the user tries them again or
 * discards them: the sidebar marks those conversations, whether or not they are open. One number a conversation,
 * so it stays small however many messages were refused.
 *
 * <p>Thread-safe: the cache's readers set it, views listen.
 */
public final class NotSent {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<Long, Integer> counts = Map.of();

    /** Told, on any thread, after every change. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** The counts as the cache holds them now; conversations left out have none. */
    public void replaceAll(Map<Long, Integer> now) {
        Map<Long, Integer> copy = Map.copyOf(now);
        if (!copy.equals(counts)) {
            counts = copy;
            listeners.forEach(Runnable::run);
        }
    }

    /** Refused messages of {@code conversation} not yet tried again or discarded. */
    public int in(long conversation) {
        return counts.getOrDefault(conversation, 0);
    }
}
