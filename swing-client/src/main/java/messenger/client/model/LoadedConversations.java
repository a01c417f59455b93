package messenger.client.model;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import messenger.protocol.Message;

/**
 * The messages of the conversations opened lately, at most {@code capacity} of them: opening one more forgets the
 * one opened longest ago, whose messages are loaded again from the server when it is opened again. A loaded
 * conversation gets every new message of its own; the others are only counted in the
 * {@link ConversationDirectory}.
 *
 * <p>Thread-safe: network threads deliver messages, the event thread opens conversations.
 */
public final class LoadedConversations {

    private final String me;
    private final Clock clock;
    private final int capacity;
    /** In the order they were opened, the latest last. */
    private final Map<Long, Conversation> loaded = new LinkedHashMap<>();
    private final List<LongConsumer> forgetListeners = new CopyOnWriteArrayList<>();

    public LoadedConversations(String me, Clock clock, int capacity) {
        this.me = me;
        this.clock = clock;
        this.capacity = capacity;
    }

    public String me() {
        return me;
    }

    /** Told, with its id, of a conversation whose messages were forgotten. */
    public void onForgotten(LongConsumer listener) {
        forgetListeners.add(listener);
    }

    /**
     * The messages of a conversation being opened: those loaded already, or an empty list that the server's
     * history fills, older page by older page, the newest first.
     */
    public synchronized Conversation open(long id) {
        Conversation conversation = loaded.remove(id);
        if (conversation == null) {
            conversation = Conversation.toBeLoaded(me, clock);
        }
        loaded.put(id, conversation);
        List<Long> forgotten = new ArrayList<>();
        while (loaded.size() > capacity) {
            Map.Entry<Long, Conversation> eldest = loaded.entrySet().iterator().next();
            loaded.remove(eldest.getKey());
            forgotten.add(eldest.getKey());
        }
        forgotten.forEach(gone -> forgetListeners.forEach(listener -> listener.accept(gone)));
        return conversation;
    }

    public synchronized Optional<Conversation> get(long id) {
        return Optional.ofNullable(loaded.get(id));
    }

    /** Forgets a conversation the user is no longer in. */
    public synchronized void forget(long id) {
        if (loaded.remove(id) != null) {
            forgetListeners.forEach(listener -> listener.accept(id));
        }
    }

    /** New messages, in id order, each into its conversation if that one is loaded. */
    public synchronized void receive(List<Message> messages) {
        for (Message message : messages) {
            Conversation conversation = message.conversation() == null ? null : loaded.get(message.conversation());
            if (conversation != null) {
                conversation.receive(message);
            }
        }
    }

    /** The {@code ok} of one of our messages. */
    public synchronized void confirm(Message stored) {
        if (stored.conversation() != null && loaded.containsKey(stored.conversation())) {
            loaded.get(stored.conversation()).confirm(stored);
        }
    }

    /** The server refused one of our messages, in whichever conversation it was written. */
    public synchronized void fail(String clientMsgId, String problem) {
        loaded.values().forEach(conversation -> conversation.fail(clientMsgId, problem));
    }
}
