package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import messenger.handlers.account.Logins;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Timestamps;

/** Reads of stored conversation events, and their form on the wire. */
public final class Events {

    private Events() {
    }

    static ConversationEvent toEvent(EventEntity event, String by, String login) {
        return new ConversationEvent(event.id, event.conversationId, event.kind, by, login,
                Timestamps.format(event.createdAt), event.name, event.topic, event.role, event.upTo,
                event.messageId, event.text, event.emoji, event.level,
                event.mentions == null ? null : event.mentions.isEmpty() ? List.of() : List.of(event.mentions.split(" ")));
    }

    /** An event as stored, and whom it concerns (null: nobody in particular). */
    public record Stored(ConversationEvent event, boolean shared, Long subjectId) {
    }

    /** {@code userId} joined {@code conversationId} at event {@code id}, or, not {@code joined}, left or was removed. */
    public record MembershipChange(long id, long conversationId, long userId, boolean joined) {
    }

    /** Every change of membership of {@code conversationIds} after event {@code after}, ascending by id. */
    public static List<MembershipChange> membershipChangesAfter(Collection<Long> conversationIds, long after) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager()
                .createQuery("select e.id, e.conversationId, e.subjectId, e.kind from EventEntity e"
                        + " where e.conversationId in ?1 and e.id > ?2 and e.kind in ?3 order by e.id", Object[].class)
                .setParameter(1, conversationIds)
                .setParameter(2, after)
                .setParameter(3, List.of(ConversationEvent.JOINED, ConversationEvent.LEFT, ConversationEvent.REMOVED))
                .getResultList().stream()
                .map(row -> new MembershipChange((Long) row[0], (Long) row[1], (Long) row[2],
                        ConversationEvent.JOINED.equals(row[3])))
                .toList();
    }

    /** Up to {@code count} events of every conversation with {@code after} &lt; id &le; {@code upTo}, ascending. */
    public static List<Stored> after(long after, long upTo, int count) {
        List<EventEntity> events = EventEntity.<EventEntity>find("id > ?1 and id <= ?2 order by id", after, upTo)
                .page(0, count).list();
        List<ConversationEvent> told = withLogins(events);
        List<Stored> stored = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            stored.add(new Stored(told.get(i), events.get(i).shared, events.get(i).subjectId));
        }
        return stored;
    }

    /**
     * Up to {@code count} events with {@code after} &lt; id &le; {@code upTo} a user may see, ascending: those of
     * their conversations, except other members' read markers that are not shared and their settings, and those
     * about themselves (their leaving or removal included).
     */
    public static List<ConversationEvent> visibleAfter(long userId, Collection<Long> conversationIds, long after,
                                                       long upTo, int count) {
        // two reads, each along an index in id order: one with an OR of both read nearly every event in the range;
        // the index is named, as the planner took the primary key on a log where few events are read markers
        EntityManager em = Panache.getEntityManager();
        List<EventEntity> toMembers = List.of();
        if (!conversationIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from conversation_events force index"
                            + " (ix_events_to_members) where to_members = true and id > :after and id <= :upTo"
                            + " and conversation_id in (:conversations) order by id limit " + count)
                    .setParameter("after", after)
                    .setParameter("upTo", upTo)
                    .setParameter("conversations", conversationIds)
                    .getResultList();
            if (!ids.isEmpty()) {
                toMembers = em.createQuery("from EventEntity e where e.id in ?1", EventEntity.class)
                        .setParameter(1, ids.stream().map(Number::longValue).toList())
                        .getResultList();
            }
        }
        List<EventEntity> aboutTheUser = em.createQuery("from EventEntity e where e.subjectId = ?1 and e.id > ?2"
                        + " and e.id <= ?3 order by e.id", EventEntity.class)
                .setParameter(1, userId)
                .setParameter(2, after)
                .setParameter(3, upTo)
                .setMaxResults(count)
                .getResultList();
        TreeMap<Long, EventEntity> merged = new TreeMap<>();
        toMembers.forEach(event -> merged.put(event.id, event));
        aboutTheUser.forEach(event -> merged.put(event.id, event));
        return withLogins(merged.values().stream().limit(count).toList());
    }

    /** The events as told, with the logins of who made and who is concerned by each, read in one query. */
    private static List<ConversationEvent> withLogins(List<EventEntity> events) {
        Set<Long> users = new HashSet<>();
        for (EventEntity event : events) {
            users.add(event.actorId);
            if (event.subjectId != null) {
                users.add(event.subjectId);
            }
        }
        Map<Long, String> logins = Logins.of(users);
        return events.stream()
                .map(event -> toEvent(event, logins.get(event.actorId),
                        event.subjectId == null ? null : logins.get(event.subjectId)))
                .toList();
    }
}
