package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Set;
import messenger.handlers.account.UserEntity;
import messenger.handlers.spi.Reply;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Results;

/**
 * A user's read marker of a conversation, moved forward only (as a log change, see {@code LogChange}), and shown
 * to the other members as a read receipt where the conversation and the reader allow it.
 */
public final class ReadMarkers {

    private ReadMarkers() {
    }

    public static Reply read(ConversationLog log, Person me, long id, long upTo) {
        MemberEntity mine = Memberships.requireMember(id, me.id());
        Long newest = Panache.getEntityManager()
                .createQuery("select max(m.id) from MessageEntity m where m.conversationId = ?1", Long.class)
                .setParameter(1, id)
                .getSingleResult();
        long target = Math.min(upTo, newest == null ? 0 : newest);
        if (target > mine.readUpTo) {
            mine.readUpTo = target;
            EventEntity read = log.draft(id, ConversationEvent.READ, me);
            read.upTo = target;
            read.shared = sharesReceipts(id, me);
            if (read.shared) {
                log.recordForMembers(read, me, me);
            } else {
                log.record(read, me, me, Set.of(me.id()));
            }
        }
        return Reply.of(new Results.ReadMarker(mine.readUpTo));
    }

    /** Whether the conversation shows read receipts: direct, or a room small enough, and the reader shares them. */
    public static boolean receiptsShown(long conversationId) {
        ConversationEntity conversation = ConversationEntity.findById(conversationId);
        return !conversation.isRoom() || !Memberships.moreThan(conversationId, ProtocolRules.RECEIPTS_MAX_MEMBERS);
    }

    private static boolean sharesReceipts(long conversationId, Person reader) {
        UserEntity user = UserEntity.findById(reader.id());
        return user.shareReceipts && receiptsShown(conversationId);
    }
}
