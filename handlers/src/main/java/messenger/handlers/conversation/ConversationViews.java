package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import messenger.handlers.chat.MessageQueries;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Timestamps;

/**
 * Conversations as one member sees them: the direct conversation named after the other member, member count,
 * newest message (its text cut short), unread and unread-mention counts. A page of them costs a fixed number of
 * queries plus two bounded counts per conversation.
 */
public final class ConversationViews {

    private ConversationViews() {
    }

    public static Conversation of(long viewerId, MemberEntity membership) {
        return of(viewerId, List.of(membership)).get(0);
    }

    /** The viewer's conversations of these memberships, in the same order. */
    public static List<Conversation> of(long viewerId, List<MemberEntity> memberships) {
        if (memberships.isEmpty()) {
            return List.of();
        }
        List<Long> ids = memberships.stream().map(member -> member.conversationId).toList();
        EntityManager em = Panache.getEntityManager();
        Map<Long, ConversationEntity> conversations = new HashMap<>();
        ConversationEntity.<ConversationEntity>list("id in ?1", ids).forEach(c -> conversations.put(c.id, c));
        Map<Long, Long> memberCounts = pairs(em.createQuery("select m.conversationId, count(m) from MemberEntity m"
                + " where m.conversationId in ?1 group by m.conversationId", Object[].class).setParameter(1, ids)
                .getResultList());
        Map<Long, String> otherMembers = new HashMap<>();
        em.createQuery("select m.conversationId, u.login from MemberEntity m, UserEntity u, ConversationEntity c"
                        + " where u.id = m.userId and c.id = m.conversationId and c.kind = ?3"
                        + " and m.conversationId in ?1 and m.userId <> ?2", Object[].class)
                .setParameter(1, ids).setParameter(2, viewerId).setParameter(3, Conversation.DIRECT)
                .getResultList().forEach(row -> otherMembers.put((Long) row[0], (String) row[1]));
        Map<Long, Long> newest = pairs(em.createQuery("select m.conversationId, max(m.id) from MessageEntity m"
                + " where m.conversationId in ?1 group by m.conversationId", Object[].class).setParameter(1, ids)
                .getResultList());
        Map<Long, Message> lastMessages = new HashMap<>();
        MessageQueries.byIds(newest.values(), viewerId).forEach(message -> lastMessages.put(message.conversation(), message));
        return memberships.stream().map(member -> {
            ConversationEntity conversation = conversations.get(member.conversationId);
            Message last = lastMessages.get(member.conversationId);
            Instant activity = last == null ? conversation.createdAt : Instant.parse(last.at());
            return new Conversation(conversation.id, conversation.kind,
                    conversation.isRoom() ? conversation.name : otherMembers.get(conversation.id),
                    conversation.isRoom() ? conversation.topic : null, conversation.visibility,
                    memberCounts.getOrDefault(conversation.id, 0L).intValue(), member.role,
                    last == null ? null : preview(last), Timestamps.format(activity),
                    unread(conversation.id, viewerId, member.readUpTo), member.readUpTo,
                    unreadMentions(conversation.id, viewerId, member.readUpTo),
                    notificationLevel(conversation, member), conversation.isGeneral() ? Boolean.TRUE : null);
        }).toList();
    }

    /** Others' messages after the marker, counted no further than {@link ProtocolRules#UNREAD_CAP}. */
    static int unread(long conversationId, long viewerId, long readUpTo) {
        Number count = (Number) Panache.getEntityManager().createNativeQuery("select count(*) from (select 1 from"
                        + " messages where conversation_id = ?1 and id > ?2 and sender_id <> ?3 limit "
                        + ProtocolRules.UNREAD_CAP + ") capped")
                .setParameter(1, conversationId).setParameter(2, readUpTo).setParameter(3, viewerId)
                .getSingleResult();
        return count.intValue();
    }

    /** The member's level, or the default of the conversation's kind: every message of a direct one, mentions in rooms. */
    private static String notificationLevel(ConversationEntity conversation, MemberEntity member) {
        if (member.notifications != null) {
            return member.notifications;
        }
        return conversation.isRoom() ? Conversation.NOTIFICATIONS_MENTIONS : Conversation.NOTIFICATIONS_ALL;
    }

    /** Others' messages after the marker that mention the viewer, counted no further than the unread cap. */
    static int unreadMentions(long conversationId, long viewerId, long readUpTo) {
        Number count = (Number) Panache.getEntityManager().createNativeQuery("select count(*) from (select 1 from"
                        + " message_mentions mm join messages m on m.id = mm.message_id where mm.user_id = ?1"
                        + " and mm.conversation_id = ?2 and mm.message_id > ?3 and m.sender_id <> ?1 limit "
                        + ProtocolRules.UNREAD_CAP + ") capped")
                .setParameter(1, viewerId).setParameter(2, conversationId).setParameter(3, readUpTo)
                .getSingleResult();
        return count.intValue();
    }

    private static Message preview(Message message) {
        String text = message.text();
        if (text == null || text.codePointCount(0, text.length()) <= ProtocolRules.PREVIEW_MAX) {
            return message;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, ProtocolRules.PREVIEW_MAX - 1)) + "…";
        return new Message(message.id(), message.from(), message.at(), cut, message.clientMsgId(), message.file(),
                message.conversation(), message.edited(), message.deleted(), message.replyTo(), message.reactions(),
                message.mentions());
    }

    private static Map<Long, Long> pairs(List<Object[]> rows) {
        Map<Long, Long> map = new HashMap<>();
        rows.forEach(row -> map.put((Long) row[0], ((Number) row[1]).longValue()));
        return map;
    }
}
