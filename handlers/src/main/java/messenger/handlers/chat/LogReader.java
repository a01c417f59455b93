package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import messenger.handlers.conversation.ConversationEntity;
import messenger.handlers.conversation.Events;
import messenger.handlers.spi.Delivery;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Frame;
import messenger.protocol.Json;
import messenger.protocol.Message;
import messenger.protocol.Pushes;

/**
 * The log read back from the database, as the pushes it makes: for a server that did not write every entry
 * itself (one of several on one database). Ids are handed out under the counter row's lock and committed in that
 * order, so what a read finds after a cursor up to the newest committed id is always a gap-free stretch of the log
 * ({@link MessageCounterEntity#lastCommittedId}). Each entry goes to whom it
 * went when written: a message to its conversation's members (everyone for <i>general</i>), an event to the members
 * and the user it concerns, and a read marker that is not shared or a setting to that user only; the members are
 * those of the moment the entry was written ({@link MembersAt}), not of the read. A message is
 * pushed without its reactions, as the server that wrote it pushed it: each reaction follows as its event.
 */
@ApplicationScoped
public class LogReader {

    /** Entries of the log ascending by id, and the id of the last of them (the cursor when there are none). */
    public record Stretch(List<Delivery> entries, long lastId) {
    }

    /**
     * The entries after {@code cursor}, ascending by id, at most {@code limit} of them. No transaction: bounded by
     * the newest committed id, every query sees the whole stretch on its own, so none has to share a snapshot.
     * Messages and events share one id sequence, so when the messages fill the stretch without a gap there is no
     * event to read: a log of messages is followed with one query per read.
     */
    @ActivateRequestContext
    public Stretch after(long cursor, int limit) {
        MessageQueries.Head head = MessageQueries.afterInAll(cursor, limit);
        if (head.lastCommittedId() <= cursor) {
            return new Stretch(List.of(), cursor);
        }
        List<Message> messages = head.messages();
        long upTo = messages.size() == limit ? messages.get(limit - 1).id() : head.lastCommittedId();
        List<Events.Stored> events = messages.size() == upTo - cursor ? List.of() : Events.after(cursor, upTo, limit);
        if (events.size() == limit) {
            upTo = Math.min(upTo, events.get(limit - 1).event().id());
        }
        Set<Long> conversations = new HashSet<>();
        messages.forEach(message -> conversations.add(message.conversation()));
        events.forEach(stored -> conversations.add(stored.event().conversation()));
        MembersAt members = MembersAt.of(conversations, cursor);
        List<Delivery> entries = new ArrayList<>(messages.size() + events.size());
        long lastId = cursor;
        int m = 0;
        int e = 0;
        while (m < messages.size() || e < events.size()) {
            boolean messageNext = e == events.size()
                    || m < messages.size() && messages.get(m).id() < events.get(e).event().id();
            long id = messageNext ? messages.get(m).id() : events.get(e).event().id();
            if (id > upTo) {
                break;
            }
            lastId = id;
            entries.add(messageNext ? messageDelivery(messages.get(m++), members)
                    : eventDelivery(events.get(e++), members));
        }
        return new Stretch(entries, lastId);
    }

    private static Delivery messageDelivery(Message message, MembersAt members) {
        Frame push = new Frame(Json.object(Pushes.MessagePush.TYPE, new Pushes.MessagePush(message)));
        return new Delivery(message.id(), push, true, message.conversation() == ConversationEntity.GENERAL ? null
                : members.when(message.conversation(), message.id()));
    }

    private static Delivery eventDelivery(Events.Stored stored, MembersAt members) {
        ConversationEvent event = stored.event();
        Frame push = new Frame(Json.object(Pushes.EventPush.TYPE, new Pushes.EventPush(event)));
        boolean toItsUserOnly = ConversationEvent.NOTIFICATIONS.equals(event.kind())
                || ConversationEvent.READ.equals(event.kind()) && !stored.shared();
        if (toItsUserOnly) {
            return new Delivery(event.id(), push, false, Set.of(stored.subjectId()));
        }
        if (event.conversation() == ConversationEntity.GENERAL) {
            return new Delivery(event.id(), push, false, null);
        }
        Set<Long> audience = new HashSet<>(members.when(event.conversation(), event.id()));
        if (stored.subjectId() != null) {
            audience.add(stored.subjectId());
        }
        return new Delivery(event.id(), push, false, audience);
    }

    /** The highest id of the log now: where a server that starts follows it from. */
    @Transactional
    @ActivateRequestContext
    public long newestId() {
        return MessageCounterEntity.lastCommittedId();
    }
}
