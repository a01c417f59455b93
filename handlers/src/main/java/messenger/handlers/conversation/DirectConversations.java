package messenger.handlers.conversation;

import java.util.Set;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Reply;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Results;

/** The one direct conversation of two users, created on first use (as a log change, see {@code LogChange}). */
public final class DirectConversations {

    private DirectConversations() {
    }

    public static Reply open(ConversationLog log, Person me, String login) {
        Person other = Users.require(login);
        if (other.id() == me.id()) {
            throw Fields.badRequest("a direct conversation needs another user");
        }
        String key = ConversationEntity.directKey(me.id(), other.id());
        ConversationEntity existing = ConversationEntity.<ConversationEntity>find("directKey", key).firstResult();
        if (existing != null) {
            return Reply.of(new Results.ConversationResult(
                    ConversationViews.of(me.id(), Memberships.find(existing.id, me.id()))));
        }
        Memberships.requireRoomFor(me.id(), "you are");
        Memberships.requireRoomFor(other.id(), other.login() + " is");
        ConversationEntity direct = new ConversationEntity();
        direct.kind = Conversation.DIRECT;
        direct.directKey = key;
        direct.createdAt = log.now();
        direct.persistAndFlush();
        MemberEntity mine = MemberEntity.of(direct.id, me.id(), Conversation.MEMBER, log.now());
        mine.persist();
        MemberEntity.of(direct.id, other.id(), Conversation.MEMBER, log.now()).persist();
        log.record(log.draft(direct.id, ConversationEvent.CREATED, me), me, other, Set.of(me.id(), other.id()));
        return Reply.of(new Results.ConversationResult(ConversationViews.of(me.id(), mine)));
    }
}
