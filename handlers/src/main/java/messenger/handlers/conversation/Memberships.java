package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import messenger.handlers.spi.RequestException;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.ProtocolRules;

/**
 * Who is in which conversation: the one place access to a conversation is decided. Every handler that reads or
 * changes a conversation passes here first, inside its transaction.
 */
public final class Memberships {

    private Memberships() {
    }

    public static ConversationEntity requireConversation(long conversationId) {
        ConversationEntity conversation = ConversationEntity.findById(conversationId);
        if (conversation == null) {
            throw noSuchConversation(conversationId);
        }
        return conversation;
    }

    /**
     * The user's membership; {@code NOT_FOUND} when there is no such conversation, or one the user may not know of
     * (see {@link #notAMember}), {@code FORBIDDEN} for a public room they have not joined.
     */
    public static MemberEntity requireMember(long conversationId, long userId) {
        ConversationEntity conversation = requireConversation(conversationId);
        MemberEntity member = find(conversationId, userId);
        if (member == null) {
            throw notAMember(conversation);
        }
        return member;
    }

    public static MemberEntity find(long conversationId, long userId) {
        return MemberEntity.findById(new MemberEntity.Key(conversationId, userId));
    }

    /**
     * The answer to someone who is not in the conversation: a public room anyone can see and join is
     * {@code FORBIDDEN}; of a private room or a direct conversation an outsider learns nothing, not even that it
     * exists, so the answer is the one for an id that matches nothing.
     */
    public static RequestException notAMember(ConversationEntity conversation) {
        if (isPublic(conversation)) {
            return new RequestException(ErrorCode.FORBIDDEN, "you are not a member of this conversation");
        }
        return noSuchConversation(conversation.id);
    }

    /** A public room, which anyone may see and join; of any other conversation an outsider learns nothing. */
    public static boolean isPublic(ConversationEntity conversation) {
        return conversation.isRoom() && Conversation.PUBLIC.equals(conversation.visibility);
    }

    public static RequestException noSuchConversation(long conversationId) {
        return new RequestException(ErrorCode.NOT_FOUND, "no conversation with id " + conversationId);
    }

    public static Set<Long> memberIds(long conversationId) {
        return new HashSet<>(Panache.getEntityManager()
                .createQuery("select m.userId from MemberEntity m where m.conversationId = ?1", Long.class)
                .setParameter(1, conversationId)
                .getResultList());
    }

    /**
     * Whom a change of the conversation is pushed to: its members, or null for <i>general</i>, whose members are
     * everyone (see {@code Delivery}).
     */
    public static Set<Long> audienceOf(long conversationId) {
        return conversationId == ConversationEntity.GENERAL ? null : memberIds(conversationId);
    }

    public static List<Long> conversationIds(long userId) {
        return Panache.getEntityManager()
                .createQuery("select m.conversationId from MemberEntity m where m.userId = ?1", Long.class)
                .setParameter(1, userId)
                .getResultList();
    }

    /**
     * Whether the conversation has more than {@code most} members, counting no further than one past it: general
     * has every user.
     */
    public static boolean moreThan(long conversationId, int most) {
        Number counted = (Number) Panache.getEntityManager().createNativeQuery("select count(*) from (select 1 from"
                        + " conversation_members where conversation_id = ?1 limit " + (most + 1) + ") capped")
                .setParameter(1, conversationId).getSingleResult();
        return counted.intValue() > most;
    }

    /** Refuses one conversation more for a user who is in as many as a user may be. */
    static void requireRoomFor(long userId, String who) {
        if (MemberEntity.count("userId", userId) >= ProtocolRules.CONVERSATIONS_PER_USER_MAX) {
            throw new RequestException(ErrorCode.BAD_REQUEST, who + " already in "
                    + ProtocolRules.CONVERSATIONS_PER_USER_MAX + " conversations, the most one can be in");
        }
    }
}
