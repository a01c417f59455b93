package messenger.client.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import messenger.protocol.ProtocolRules;

/**
 * Who is typing where: each {@code typing} push shows its typist for {@link ProtocolRules#TYPING_SHOWN_SECONDS},
 * or until a message of theirs arrives in that conversation. Listeners hear, with its id, of a conversation whose
 * typists changed, on the thread that changed them. Thread-safe.
 */
public final class Typists {

    public static final Duration SHOWN = Duration.ofSeconds(ProtocolRules.TYPING_SHOWN_SECONDS);

    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    /** Per conversation, each typist and until when they show, in the order they started. */
    private final Map<Long, Map<String, Instant>> typing = new HashMap<>();

    public void addListener(LongConsumer listener) {
        listeners.add(listener);
    }

    public void removeListener(LongConsumer listener) {
        listeners.remove(listener);
    }

    public void typing(long conversation, String login, Instant now) {
        synchronized (this) {
            Map<String, Instant> typists = typing.computeIfAbsent(conversation, key -> new LinkedHashMap<>());
            typists.remove(login);
            typists.put(login, now.plus(SHOWN));
        }
        listeners.forEach(listener -> listener.accept(conversation));
    }

    /** A message of {@code login} arrived: they are done typing it. */
    public void sent(long conversation, String login) {
        boolean removed;
        synchronized (this) {
            Map<String, Instant> typists = typing.get(conversation);
            removed = typists != null && typists.keySet().removeIf(login::equalsIgnoreCase);
        }
        if (removed) {
            listeners.forEach(listener -> listener.accept(conversation));
        }
    }

    /** "alice is typing…", "alice and bob are typing…", "alice, bob and 2 others are typing…"; empty if nobody. */
    public synchronized String line(long conversation, Instant now) {
        Map<String, Instant> typists = typing.getOrDefault(conversation, Map.of());
        typists.values().removeIf(until -> !until.isAfter(now));
        List<String> names = new ArrayList<>(typists.keySet());
        return switch (names.size()) {
            case 0 -> "";
            case 1 -> names.get(0) + " is typing…";
            case 2 -> names.get(0) + " and " + names.get(1) + " are typing…";
            case 3 -> names.get(0) + ", " + names.get(1) + " and " + names.get(2) + " are typing…";
            default -> names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " others are typing…";
        };
    }
}
