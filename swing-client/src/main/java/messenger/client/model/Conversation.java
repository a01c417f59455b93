package messenger.client.model;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;

/**
 * One conversation as this device knows it: stored messages ascending by id, each once, followed by our own
 * messages the server has not confirmed, in the order they were written. New messages keep at most {@link #KEPT}
 * stored ones, dropping the oldest (which paging brings back).
 *
 * <p>Thread-safe: network threads change it, views listen.
 */
public final class Conversation {

    /** The most stored messages new ones keep: beyond it the oldest are dropped, to be paged in again. */
    static final int KEPT = 5_000;

    private final String me;
    private final Clock clock;
    private final List<ChatMessage> entries = new ArrayList<>();
    private final List<ConversationListener> listeners = new CopyOnWriteArrayList<>();
    /** entries[0, storedCount) are stored and sorted by id; the rest are ours, unconfirmed. */
    private int storedCount;
    private boolean hasOlder;

    public Conversation(String me, Clock clock) {
        this.me = me;
        this.clock = clock;
    }

    /** A conversation of which nothing is loaded yet: the first older page it asks for is the newest one. */
    static Conversation toBeLoaded(String me, Clock clock) {
        Conversation conversation = new Conversation(me, clock);
        conversation.hasOlder = true;
        return conversation;
    }

    public String me() {
        return me;
    }

    public synchronized void addListener(ConversationListener listener) {
        listeners.add(listener);
        listener.reset(List.copyOf(entries), hasOlder);
    }

    public synchronized void removeListener(ConversationListener listener) {
        listeners.remove(listener);
    }

    public synchronized List<ChatMessage> messages() {
        return List.copyOf(entries);
    }

    /** Id of the newest stored message here, 0 when there is none. */
    public synchronized long newestId() {
        return storedCount == 0 ? 0 : entries.get(storedCount - 1).id();
    }

    public synchronized boolean hasOlder() {
        return hasOlder;
    }

    /** Id of the oldest stored message here, 0 when there is none. */
    public synchronized long oldestId() {
        return storedCount == 0 ? 0 : entries.get(0).id();
    }

    /** Messages from a sync or a push, in id order: each is shown once, and ours replace their pending copy. */
    public synchronized void receive(Collection<Message> messages) {
        messages.forEach(this::receive);
    }

    public synchronized void receive(Message message) {
        store(message);
        while (storedCount > KEPT) {
            entries.remove(0);
            storedCount--;
            listeners.forEach(listener -> listener.removed(0));
            setHasOlder(true);
        }
    }

    /** A page of {@code history} before {@link #oldestId()}: goes in front as one block. */
    public synchronized int addOlder(MessagePage page) {
        long oldest = storedCount == 0 ? Long.MAX_VALUE : entries.get(0).id();
        List<ChatMessage> older = page.messages().stream()
                .filter(message -> message.id() < oldest)
                .map(ChatMessage::stored)
                .toList();
        if (!older.isEmpty()) {
            entries.addAll(0, older);
            storedCount += older.size();
            listeners.forEach(listener -> listener.inserted(0, older));
        }
        setHasOlder(page.hasMore());
        return older.size();
    }

    /** A message we write: shown at once as pending, with the {@code clientMsgId} that every re-send repeats. */
    public synchronized ChatMessage addPending(String text, FileInfo file) {
        ChatMessage pending = ChatMessage.pending(UUID.randomUUID().toString(), me, clock.instant(), text, file);
        insert(entries.size(), pending);
        return pending;
    }

    /** Our messages still waiting for the server's {@code ok}, oldest first. */
    public synchronized List<ChatMessage> pending() {
        return entries.subList(storedCount, entries.size()).stream()
                .filter(message -> message.delivery() == Delivery.PENDING)
                .toList();
    }

    /** The {@code ok} of our {@code send}: the pending copy (same {@code clientMsgId}) becomes the stored message. */
    public synchronized void confirm(Message stored) {
        store(stored);
    }

    /** The server refused one of our messages. */
    public synchronized void fail(String clientMsgId, String problem) {
        int index = indexOfUnconfirmed(clientMsgId);
        if (index >= 0) {
            ChatMessage failed = entries.get(index).failed(problem);
            entries.set(index, failed);
            listeners.forEach(listener -> listener.changed(index, failed));
        }
    }

    private void store(Message message) {
        int position = storedPosition(message.id());
        if (position >= 0) {
            return;
        }
        int target = -position - 1;
        ChatMessage stored = ChatMessage.stored(message);
        int unconfirmed = message.clientMsgId() != null && stored.isFrom(me)
                ? indexOfUnconfirmed(message.clientMsgId()) : -1;
        if (unconfirmed == target) {
            entries.set(target, stored);
            storedCount++;
            listeners.forEach(listener -> listener.changed(target, stored));
            return;
        }
        if (unconfirmed >= 0) {
            entries.remove(unconfirmed);
            listeners.forEach(listener -> listener.removed(unconfirmed));
        }
        storedCount++;
        insert(target, stored);
    }

    private void insert(int index, ChatMessage message) {
        entries.add(index, message);
        List<ChatMessage> inserted = List.of(message);
        listeners.forEach(listener -> listener.inserted(index, inserted));
    }

    /** Binary search among the stored messages: the index of {@code id}, or {@code -(insertion point) - 1}. */
    private int storedPosition(long id) {
        int low = 0;
        int high = storedCount - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long middleId = entries.get(middle).id();
            if (middleId < id) {
                low = middle + 1;
            } else if (middleId > id) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    private int indexOfUnconfirmed(String clientMsgId) {
        for (int i = storedCount; i < entries.size(); i++) {
            if (entries.get(i).clientMsgId().equals(clientMsgId)) {
                return i;
            }
        }
        return -1;
    }

    private void setHasOlder(boolean value) {
        if (hasOlder != value) {
            hasOlder = value;
            listeners.forEach(listener -> listener.hasOlderChanged(value));
        }
    }
}
