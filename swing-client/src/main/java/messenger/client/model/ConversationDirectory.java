package messenger.client.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import messenger.protocol.Conversation;
import messenger.protocol.Message;

/**
 * Every conversation of the user, as the sidebar lists them: rooms and direct conversations apart, each most
 * recently active first, and the unread messages of them all. Listeners hear every change as a new
 * {@link Snapshot}, in order, and hear of a conversation the user is no longer in.
 *
 * <p>Thread-safe: network threads change it, views listen.
 */
public final class ConversationDirectory {

    /** Most recently active first; of two as recent, by name. */
    static final Comparator<ConversationSummary> BY_ACTIVITY = Comparator
            .comparing(ConversationSummary::lastActivity).reversed()
            .thenComparing(ConversationSummary::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(ConversationSummary::id);

    /** What the sidebar shows at one moment. */
    public record Snapshot(List<ConversationSummary> rooms, List<ConversationSummary> directs, int unread) {

        public Optional<ConversationSummary> find(long id) {
            return all().stream().filter(summary -> summary.id() == id).findFirst();
        }

        public List<ConversationSummary> all() {
            return Stream.concat(rooms.stream(), directs.stream()).toList();
        }
    }

    /** Hears the changes on the thread that made them, while the directory is locked: hand the work on. */
    public interface Listener {
        void changed(Snapshot snapshot);

        /** The user is no longer in this conversation; {@code why} says so in words. */
        void lost(ConversationSummary conversation, String why);
    }

    private final String me;
    private final Map<Long, ConversationSummary> byId = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Snapshot current = new Snapshot(List.of(), List.of(), 0);

    public ConversationDirectory(String me) {
        this.me = me;
    }

    public String me() {
        return me;
    }

    /** Adds a listener and tells it what there is now. */
    public synchronized void addListener(Listener listener) {
        listeners.add(listener);
        listener.changed(current);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public synchronized Snapshot snapshot() {
        return current;
    }

    public synchronized Optional<ConversationSummary> get(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The conversation the client opens first: the oldest one, <i>general</i>. */
    public synchronized Optional<ConversationSummary> oldest() {
        return byId.values().stream().min(Comparator.comparingLong(ConversationSummary::id));
    }

    /** The whole list, as the server gave it when the session started. */
    public synchronized void replaceAll(Collection<Conversation> conversations) {
        byId.clear();
        conversations.forEach(conversation -> byId.put(conversation.id(), ConversationSummary.of(conversation)));
        publish();
    }

    /** The list as it was when the client last ran, shown until the server has its say. */
    public synchronized void restore(Collection<ConversationSummary> kept) {
        byId.clear();
        kept.forEach(summary -> byId.put(summary.id(), summary));
        publish();
    }

    /** A conversation as the server describes it now: new to the list, or replacing what the list knew. */
    public synchronized void put(Conversation conversation) {
        byId.put(conversation.id(), ConversationSummary.of(conversation));
        publish();
    }

    /**
     * New messages: each makes its conversation the most recently active and, unless it is ours or already read,
     * one more unread. Returns the conversations the list does not know yet, to be asked for.
     */
    public synchronized Set<Long> received(List<Message> messages) {
        Set<Long> unknown = new TreeSet<>();
        for (Message message : messages) {
            if (message.conversation() == null) {
                continue;
            }
            ConversationSummary summary = byId.get(message.conversation());
            if (summary == null) {
                unknown.add(message.conversation());
            } else {
                byId.put(summary.id(), summary.with(message, me));
            }
        }
        publish();
        return unknown;
    }

    /**
     * The user's read marker moved (here or on another device). Returns true when messages after it may still be
     * unread, which only the server can count.
     */
    public synchronized boolean read(long id, long upTo) {
        ConversationSummary before = byId.get(id);
        if (before == null) {
            return false;
        }
        ConversationSummary after = before.readTo(upTo);
        byId.put(id, after);
        publish();
        return after.readUpTo() < after.lastMessageId();
    }

    public synchronized void renamed(long id, String name) {
        update(id, summary -> summary.renamed(name));
    }

    public synchronized void topicChanged(long id, String topic) {
        update(id, summary -> summary.withTopic(topic == null ? "" : topic));
    }

    /** The user chose which messages of this conversation notify them (here or on another device). */
    public synchronized void notificationsChanged(long id, String level) {
        update(id, summary -> summary.notifying(level));
    }

    /** The user left the conversation or was removed from it. */
    public synchronized void remove(long id, String why) {
        ConversationSummary gone = byId.remove(id);
        if (gone != null) {
            publish();
            listeners.forEach(listener -> listener.lost(gone, why));
        }
    }

    private void update(long id, UnaryOperator<ConversationSummary> change) {
        ConversationSummary summary = byId.get(id);
        if (summary != null) {
            byId.put(id, change.apply(summary));
            publish();
        }
    }

    private void publish() {
        List<ConversationSummary> sorted = byId.values().stream().sorted(BY_ACTIVITY).toList();
        int unread = sorted.stream().mapToInt(ConversationSummary::unread).sum();
        current = new Snapshot(sorted.stream().filter(ConversationSummary::isRoom).toList(),
                sorted.stream().filter(summary -> !summary.isRoom()).toList(), unread);
        listeners.forEach(listener -> listener.changed(current));
    }
}
