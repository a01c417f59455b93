package messenger.client.model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import messenger.protocol.ConversationEvent;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;

/**
 * One conversation as this device knows it: stored messages ascending by id, each once, followed by our own
 * messages the server has not confirmed, in the order they were written. New messages keep at most {@link #KEPT}
 * stored ones, dropping the oldest (which paging brings back). Edits, deletions and reactions change the loaded
 * messages in place; the other members' read markers put their names under the newest message each has read.
 *
 * <p>Thread-safe: network threads change it, views listen.
 */
public final class Conversation {

    /** The most stored messages new ones keep: beyond it the oldest are dropped, to be paged in again. */
    static final int KEPT = 5_000;
    /** The most live messages kept while newer pages load; older ones than these come with the pages. */
    static final int ARRIVED_KEPT = 1_000;

    private final String me;
    private final Clock clock;
    private final List<ChatMessage> entries = new ArrayList<>();
    private final List<ConversationListener> listeners = new CopyOnWriteArrayList<>();
    /** entries[0, storedCount) are stored and sorted by id; the rest are ours, unconfirmed. */
    private int storedCount;
    private boolean hasOlder;
    /** What is loaded is a stretch of the past (opened at a message found): newer messages are still to load. */
    private boolean hasNewer;
    /**
     * Live messages that came while newer pages were still to load, by id: a page the server read just before they
     * were stored lacks them, so they follow the last page. At most {@link #ARRIVED_KEPT}, the newest.
     */
    private final NavigableMap<Long, Message> arrivedMeanwhile = new TreeMap<>();
    /** The other members' read markers, by login. */
    private final Map<String, Long> readUpTo = new HashMap<>();

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

    public synchronized boolean hasNewer() {
        return hasNewer;
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
        if (waitsForNewerPages(message)) {
            return;
        }
        store(message);
        if (readUpTo.values().stream().anyMatch(upTo -> upTo >= message.id())) {
            showReceipts();
        }
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
        List<Message> olderMessages = page.messages().stream().filter(message -> message.id() < oldest).toList();
        olderMessages.forEach(this::removePendingCopy);
        List<ChatMessage> older = olderMessages.stream().map(ChatMessage::stored).toList();
        if (!older.isEmpty()) {
            entries.addAll(0, older);
            storedCount += older.size();
            listeners.forEach(listener -> listener.inserted(0, older));
            showReceipts();
        }
        setHasOlder(page.hasMore());
        return older.size();
    }

    /**
     * A page of {@code history} from elsewhere in the conversation (around a message found, or its newest) takes
     * the place of the stored messages loaded; when the page says newer ones exist, they load with {@link #addNewer}
     * and live messages wait for them.
     */
    public synchronized void replaceWith(MessagePage page) {
        List<ChatMessage> unconfirmed = entries.subList(storedCount, entries.size()).stream()
                .filter(written -> page.messages().stream().noneMatch(message -> isCopy(written, message)))
                .toList();
        entries.clear();
        page.messages().forEach(message -> entries.add(ChatMessage.stored(message)));
        storedCount = entries.size();
        entries.addAll(unconfirmed);
        hasOlder = page.hasMore();
        hasNewer = Boolean.TRUE.equals(page.hasNewer());
        List<ChatMessage> now = List.copyOf(entries);
        listeners.forEach(listener -> listener.reset(now, hasOlder));
        storeArrivedMeanwhile();
        showReceipts();
    }

    /** A page of {@code history} after {@link #newestId()}: each goes in its place; it says whether more follow. */
    public synchronized int addNewer(MessagePage page) {
        long newest = newestId();
        List<Message> newer = page.messages().stream().filter(message -> message.id() > newest).toList();
        newer.forEach(this::store);
        hasNewer = Boolean.TRUE.equals(page.hasNewer());
        int arrived = storeArrivedMeanwhile();
        if (!newer.isEmpty() || arrived > 0) {
            showReceipts();
        }
        return newer.size();
    }

    /** Once the last page is in, what arrived meanwhile and is newer follows it; those a page holds are dropped. */
    private int storeArrivedMeanwhile() {
        arrivedMeanwhile.headMap(newestId(), true).clear();
        if (hasNewer || arrivedMeanwhile.isEmpty()) {
            return 0;
        }
        List<Message> arrived = List.copyOf(arrivedMeanwhile.values());
        arrivedMeanwhile.clear();
        arrived.forEach(this::store);
        return arrived.size();
    }

    /** A message we write: shown at once as pending, with the {@code clientMsgId} that every re-send repeats. */
    public synchronized ChatMessage addPending(String text, FileInfo file) {
        return addPending(text, file, null);
    }

    /** As {@link #addPending(String, FileInfo)}, answering {@code replyTo} (null: none). */
    public synchronized ChatMessage addPending(String text, FileInfo file, Message.Quote replyTo) {
        ChatMessage pending = ChatMessage.pending(UUID.randomUUID().toString(), me, clock.instant(), text, file,
                replyTo);
        insert(entries.size(), pending);
        return pending;
    }

    /**
     * A message written (or a file shared, {@code file} not null) before the client last stopped and not yet known
     * to be stored by the server: shown pending again, with the {@code clientMsgId} it is sent with. One shown
     * already, pending or stored, stays as it is.
     */
    public synchronized void restorePending(String clientMsgId, Instant written, String text, FileInfo file) {
        if (indexOfUnconfirmed(clientMsgId) < 0 && !holdsStored(clientMsgId)) {
            insert(entries.size(), ChatMessage.pending(clientMsgId, me, written, text, file, null));
        }
    }

    /**
     * A message of ours that the server refused before the client last stopped, or before this conversation was
     * loaded: shown as not sent, with the {@code problem}. One shown pending already is marked so; one shown stored
     * stays as it is.
     */
    public synchronized void restoreFailed(String clientMsgId, Instant written, String text, FileInfo file,
                                           String problem) {
        int index = indexOfUnconfirmed(clientMsgId);
        if (index >= 0) {
            if (entries.get(index).delivery() == Delivery.PENDING) {
                set(index, entries.get(index).failed(problem));
            }
        } else if (!holdsStored(clientMsgId)) {
            insert(entries.size(), ChatMessage.pending(clientMsgId, me, written, text, file, null).failed(problem));
        }
    }

    /** The user tries a refused message again: pending once more, where it was. Whether it was shown refused. */
    public synchronized boolean retry(String clientMsgId) {
        int index = indexOfUnconfirmed(clientMsgId);
        if (index < 0 || entries.get(index).delivery() != Delivery.FAILED) {
            return false;
        }
        set(index, entries.get(index).retried());
        return true;
    }

    /** The user discards a refused message: it leaves the list. */
    public synchronized void discard(String clientMsgId) {
        int index = indexOfUnconfirmed(clientMsgId);
        if (index >= 0 && entries.get(index).delivery() == Delivery.FAILED) {
            entries.remove(index);
            listeners.forEach(listener -> listener.removed(index));
        }
    }

    /** Our messages still waiting for the server's {@code ok}, oldest first. */
    public synchronized List<ChatMessage> pending() {
        return entries.subList(storedCount, entries.size()).stream()
                .filter(message -> message.delivery() == Delivery.PENDING)
                .toList();
    }

    /** The {@code ok} of our {@code send}: the pending copy (same {@code clientMsgId}) becomes the stored message. */
    public synchronized void confirm(Message stored) {
        if (belongsToOlderPages(stored)) {
            removePendingCopy(stored);
        } else if (!waitsForNewerPages(stored)) {
            store(stored);
        }
    }

    /**
     * Whether a message is older than the stretch loaded while older pages are still to load: the answer to a send
     * repeated after its first answer was lost is the message as first stored, maybe long ago and changed since;
     * it shows as it is now when its page loads.
     */
    private boolean belongsToOlderPages(Message message) {
        return hasOlder && storedCount > 0 && message.id() < entries.get(0).id();
    }

    /**
     * Whether a message comes later, with the newer pages of an older stretch loaded now; then our own pending
     * copy of it goes, and the message waits in {@link #arrivedMeanwhile} for the last page.
     */
    private boolean waitsForNewerPages(Message message) {
        if (!hasNewer || message.id() <= newestId()) {
            return false;
        }
        removePendingCopy(message);
        arrivedMeanwhile.put(message.id(), message);
        if (arrivedMeanwhile.size() > ARRIVED_KEPT) {
            arrivedMeanwhile.pollFirstEntry();
        }
        return true;
    }

    /** The server refused one of our messages. */
    public synchronized void fail(String clientMsgId, String problem) {
        int index = indexOfUnconfirmed(clientMsgId);
        if (index >= 0) {
            set(index, entries.get(index).failed(problem));
        }
    }

    /** Whether message {@code id} is loaded here. */
    public synchronized boolean holds(long id) {
        return storedPosition(id) >= 0;
    }

    /** An older server's edit does not say whom the text mentions: those it still names, and the reader. */
    private List<String> mentionsAfter(ConversationEvent edit, ChatMessage message) {
        return edit.mentions() != null ? edit.mentions() : Mentions.keptIn(edit.text(),
                Stream.concat(message.mentions().stream(), Stream.of(me)).distinct().toList());
    }

    /**
     * An edit, deletion or reaction of a message here; one that the loaded message shows already (it came with
     * its current state) changes nothing. Quotes of an edited or deleted message follow it.
     */
    public synchronized void apply(ConversationEvent event) {
        int index = event.message() == null ? -1 : storedPosition(event.message());
        if (index < 0) {
            return;
        }
        ChatMessage message = entries.get(index);
        ChatMessage changed = switch (event.kind()) {
            case ConversationEvent.EDITED -> message.deleted() || event.text() == null ? message
                    : message.withText(event.text(), mentionsAfter(event, message));
            case ConversationEvent.DELETED -> message.deleted() ? message : message.deletedNow();
            case ConversationEvent.REACTED -> message.deleted() ? message
                    : message.withReactions(Reactions.added(message.reactions(), event.emoji(), event.by(), me));
            case ConversationEvent.UNREACTED -> message.withReactions(
                    Reactions.removed(message.reactions(), event.emoji(), event.by(), me));
            default -> message;
        };
        if (!changed.equals(message)) {
            set(index, changed);
            if (changed.deleted() != message.deleted() || !Objects.equals(changed.text(), message.text())) {
                requote(changed);
            }
        }
    }

    /** The other members' read markers as the server lists them now. */
    public synchronized void receipts(Map<String, Long> markers) {
        readUpTo.clear();
        markers.forEach((login, upTo) -> {
            if (!login.equalsIgnoreCase(me)) {
                readUpTo.put(login, upTo);
            }
        });
        showReceipts();
    }

    /** Another member read up to {@code upTo}; a marker never moves back. */
    public synchronized void read(String login, long upTo) {
        if (!login.equalsIgnoreCase(me) && upTo > readUpTo.getOrDefault(login, 0L)) {
            readUpTo.put(login, upTo);
            showReceipts();
        }
    }

    /** Each member's name goes under the newest message here that their marker has reached. */
    private void showReceipts() {
        Map<Integer, List<String>> seen = new HashMap<>();
        readUpTo.forEach((login, upTo) -> {
            int position = storedPosition(upTo);
            int index = position >= 0 ? position : -position - 2;
            if (index >= 0) {
                seen.computeIfAbsent(index, key -> new ArrayList<>()).add(login);
            }
        });
        for (int i = 0; i < storedCount; i++) {
            List<String> logins = seen.getOrDefault(i, List.of()).stream()
                    .sorted(String.CASE_INSENSITIVE_ORDER).toList();
            if (!logins.equals(entries.get(i).seenBy())) {
                set(i, entries.get(i).withSeenBy(logins));
            }
        }
    }

    private void requote(ChatMessage original) {
        for (int i = 0; i < entries.size(); i++) {
            Message.Quote quote = entries.get(i).replyTo();
            if (quote != null && quote.id() == original.id()) {
                set(i, entries.get(i).withQuote(original.deleted()
                        ? new Message.Quote(quote.id(), quote.from(), null, null, true)
                        : new Message.Quote(quote.id(), quote.from(), Quotes.cut(original.text()), quote.fileName(),
                        null)));
            }
        }
    }

    private void set(int index, ChatMessage message) {
        entries.set(index, message);
        listeners.forEach(listener -> listener.changed(index, message));
    }

    /** Puts a message in its place among the stored ones, once; our pending copy of it goes, stored already or not. */
    private void store(Message message) {
        int position = storedPosition(message.id());
        if (position >= 0) {
            removePendingCopy(message);
            return;
        }
        int target = -position - 1;
        ChatMessage stored = ChatMessage.stored(message);
        if (target == storedCount && target < entries.size() && isCopy(entries.get(target), message)) {
            storedCount++;
            set(target, stored);
            return;
        }
        removePendingCopy(message);
        storedCount++;
        insert(target, stored);
    }

    /** Removes the unconfirmed entry that is our copy of a stored message, if one is shown. */
    private void removePendingCopy(Message message) {
        for (int i = storedCount; i < entries.size(); i++) {
            if (isCopy(entries.get(i), message)) {
                int index = i;
                entries.remove(index);
                listeners.forEach(listener -> listener.removed(index));
                return;
            }
        }
    }

    /** Whether an entry written here is our copy of a stored message: same {@code clientMsgId}, and ours. */
    private boolean isCopy(ChatMessage written, Message message) {
        return message.clientMsgId() != null && message.from().equalsIgnoreCase(me)
                && written.clientMsgId().equals(message.clientMsgId());
    }

    /** Whether our message with this {@code clientMsgId} is among the stored ones, or waits for the newer pages. */
    private boolean holdsStored(String clientMsgId) {
        return entries.subList(0, storedCount).stream()
                .anyMatch(stored -> stored.isFrom(me) && clientMsgId.equals(stored.clientMsgId()))
                || arrivedMeanwhile.values().stream()
                .anyMatch(message -> message.from().equalsIgnoreCase(me) && clientMsgId.equals(message.clientMsgId()));
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
