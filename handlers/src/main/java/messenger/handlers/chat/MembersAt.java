package messenger.handlers.chat;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import messenger.handlers.conversation.ConversationEntity;
import messenger.handlers.conversation.Events;
import messenger.handlers.conversation.Events.MembershipChange;

/**
 * The members conversations had when each entry of a stretch of the log was written. The member rows say who is a
 * member now, which may be later than an entry: a member removed right after a message was written must still get
 * it, and one who joined after it must not. Undone for each entry are the changes of membership after it (a
 * change and its event are committed together, so the rows hold every change whose event is committed).
 */
final class MembersAt {

    private final Map<Long, Set<Long>> now;
    private final Map<Long, List<MembershipChange>> changes;

    private MembersAt(Map<Long, Set<Long>> now, Map<Long, List<MembershipChange>> changes) {
        this.now = now;
        this.changes = changes;
    }

    /** For the entries after {@code cursor} of {@code conversations} (general, which everyone gets, left out). */
    static MembersAt of(Set<Long> conversations, long cursor) {
        Set<Long> rooms = new HashSet<>(conversations);
        rooms.remove(ConversationEntity.GENERAL);
        Map<Long, Set<Long>> now = new HashMap<>();
        Map<Long, List<MembershipChange>> changes = new HashMap<>();
        if (rooms.isEmpty()) {
            return new MembersAt(now, changes);
        }
        Panache.getEntityManager()
                .createQuery("select m.conversationId, m.userId from MemberEntity m where m.conversationId in ?1",
                        Object[].class)
                .setParameter(1, rooms)
                .getResultList()
                .forEach(row -> now.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]));
        Events.membershipChangesAfter(rooms, cursor).forEach(change ->
                changes.computeIfAbsent(change.conversationId(), id -> new ArrayList<>()).add(change));
        return new MembersAt(now, changes);
    }

    /** The members of {@code conversation} once entry {@code id} was written: its own change included. */
    Set<Long> when(long conversation, long id) {
        Set<Long> members = now.getOrDefault(conversation, Set.of());
        List<MembershipChange> later = changes.getOrDefault(conversation, List.of()).stream()
                .filter(change -> change.id() > id).toList();
        if (later.isEmpty()) {
            return members;
        }
        Set<Long> then = new HashSet<>(members);
        Set<Long> settled = new HashSet<>();
        for (MembershipChange change : later) {
            // the first change after the entry says what the user was then: not yet in if they joined, still in if not
            if (settled.add(change.userId())) {
                if (change.joined()) {
                    then.remove(change.userId());
                } else {
                    then.add(change.userId());
                }
            }
        }
        return then;
    }
}
