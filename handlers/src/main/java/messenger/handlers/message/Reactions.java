package messenger.handlers.message;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import messenger.handlers.chat.MessageEntity;
import messenger.handlers.conversation.ConversationLog;
import messenger.handlers.conversation.EventEntity;
import messenger.handlers.conversation.Person;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Reply;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ProtocolRules;

/** Adding and removing a reaction, as log changes; doing either twice changes nothing the second time. */
final class Reactions {

    private Reactions() {
    }

    static Reply add(ConversationLog log, Person me, long messageId, String emoji) {
        MessageEntity message = VisibleMessages.require(messageId, me.id()).requireStanding().message();
        List<?> used = Panache.getEntityManager()
                .createNativeQuery("select distinct emoji from message_reactions where message_id = ?1")
                .setParameter(1, messageId).getResultList();
        if (mine(messageId, me, emoji)) {
            return Reply.ok();
        }
        if (!used.contains(emoji) && used.size() >= ProtocolRules.REACTIONS_PER_MESSAGE_MAX) {
            throw Fields.badRequest("a message takes at most " + ProtocolRules.REACTIONS_PER_MESSAGE_MAX
                    + " different reactions");
        }
        Panache.getEntityManager().createNativeQuery("insert into message_reactions"
                        + " (message_id, emoji, user_id, created_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, messageId).setParameter(2, emoji).setParameter(3, me.id()).setParameter(4, log.now())
                .executeUpdate();
        record(log, me, message, ConversationEvent.REACTED, emoji);
        return Reply.ok();
    }

    static Reply remove(ConversationLog log, Person me, long messageId, String emoji) {
        MessageEntity message = VisibleMessages.require(messageId, me.id()).requireStanding().message();
        int removed = Panache.getEntityManager().createNativeQuery("delete from message_reactions"
                        + " where message_id = ?1 and emoji = ?2 and user_id = ?3")
                .setParameter(1, messageId).setParameter(2, emoji).setParameter(3, me.id()).executeUpdate();
        if (removed > 0) {
            record(log, me, message, ConversationEvent.UNREACTED, emoji);
        }
        return Reply.ok();
    }

    private static boolean mine(long messageId, Person me, String emoji) {
        return !Panache.getEntityManager().createNativeQuery("select 1 from message_reactions"
                        + " where message_id = ?1 and emoji = ?2 and user_id = ?3")
                .setParameter(1, messageId).setParameter(2, emoji).setParameter(3, me.id())
                .getResultList().isEmpty();
    }

    private static void record(ConversationLog log, Person me, MessageEntity message, String kind, String emoji) {
        EventEntity event = log.draft(message.conversationId, kind, me);
        event.messageId = message.id;
        event.emoji = emoji;
        log.recordForMembers(event, me, null);
    }
}
