package messenger.handlers.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import messenger.handlers.chat.MessageCounterEntity;
import messenger.handlers.spi.Delivery;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Frame;
import messenger.protocol.Json;
import messenger.protocol.Pushes;

/**
 * The events one change records, inside its transaction: each takes the next id from the locked counter row,
 * is stored, and is kept with the users who may see it, to be pushed after the commit.
 */
public final class ConversationLog {

    private final MessageCounterEntity counter;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final List<Delivery> deliveries = new ArrayList<>();

    public ConversationLog(MessageCounterEntity counter) {
        this.counter = counter;
    }

    public Instant now() {
        return now;
    }

    /** An event of {@code kind} by {@code by}, to be completed with its values and passed to {@link #record}. */
    public EventEntity draft(long conversationId, String kind, Person by) {
        EventEntity event = new EventEntity();
        event.conversationId = conversationId;
        event.kind = kind;
        event.actorId = by.id();
        event.createdAt = now;
        return event;
    }

    /**
     * Stores the event under the next id; {@code subject} is whom it concerns, if anyone; {@code audience} the
     * users to push it to, null for everyone following all their conversations (the members of <i>general</i>).
     */
    public ConversationEvent record(EventEntity event, Person by, Person subject, Set<Long> audience) {
        event.id = ++counter.lastId;
        event.subjectId = subject == null ? null : subject.id();
        event.persist();
        ConversationEvent told = Events.toEvent(event, by.login(), subject == null ? null : subject.login());
        Frame push = new Frame(Json.object(Pushes.EventPush.TYPE, new Pushes.EventPush(told)));
        deliveries.add(new Delivery(event.id, push, false, audience == null ? null : Set.copyOf(audience)));
        return told;
    }

    /** {@link #record} for every member of the event's conversation. */
    public ConversationEvent recordForMembers(EventEntity event, Person by, Person subject) {
        return record(event, by, subject, Memberships.audienceOf(event.conversationId));
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
