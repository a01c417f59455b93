package messenger.handlers.message;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import java.util.Objects;
import messenger.handlers.chat.Mentions;
import messenger.handlers.chat.MessageEntity;
import messenger.handlers.chat.MessageQueries;
import messenger.handlers.conversation.ConversationEntity;
import messenger.handlers.conversation.ConversationLog;
import messenger.handlers.conversation.EventEntity;
import messenger.handlers.conversation.Memberships;
import messenger.handlers.conversation.Person;
import messenger.handlers.file.FileReferences;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.RequestException;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ErrorCode;
import messenger.protocol.Results;

/** Editing and deleting a message, each as a log change (see {@code LogChange}), so its event takes the next id. */
final class MessageChanges {

    private MessageChanges() {
    }

    static Reply edit(ConversationLog log, Person me, long messageId, String text) {
        MessageEntity message = VisibleMessages.require(messageId, me.id()).requireStanding().message();
        if (message.sender.id != me.id()) {
            throw new RequestException(ErrorCode.FORBIDDEN, "only its author can edit a message");
        }
        if (message.text == null) {
            throw Fields.badRequest("message " + messageId + " has no text to edit");
        }
        if (!message.text.equals(text)) {
            MessageVersionEntity earlier = new MessageVersionEntity();
            earlier.messageId = messageId;
            earlier.text = message.text;
            earlier.replacedAt = log.now();
            earlier.persist();
            message.text = text;
            message.editedAt = log.now();
            Panache.getEntityManager().flush();
            Mentions.forget(messageId);
            List<Mentions.Mentioned> mentioned = Mentions.in(text, Memberships.audienceOf(message.conversationId));
            Mentions.store(messageId, message.conversationId, mentioned);
            EventEntity edited = log.draft(message.conversationId, ConversationEvent.EDITED, me);
            edited.messageId = messageId;
            edited.text = text;
            edited.mentions = String.join(" ", mentioned.stream().map(Mentions.Mentioned::login).toList());
            log.recordForMembers(edited, me, null);
            Panache.getEntityManager().flush();
        }
        return Reply.of(new Results.Sent(MessageQueries.byIds(List.of(messageId)).get(0)));
    }

    static Reply delete(ConversationLog log, Person me, long messageId) {
        VisibleMessages.Visible visible = VisibleMessages.require(messageId, me.id());
        MessageEntity message = visible.message();
        if (message.isDeleted()) {
            return Reply.ok();
        }
        if (message.sender.id != me.id() && !mayModerate(visible)) {
            throw new RequestException(ErrorCode.FORBIDDEN,
                    "only its author or an owner or admin of the room can delete a message");
        }
        Long fileId = message.file == null ? null : message.file.id;
        message.text = null;
        message.file = null;
        message.replyTo = null;
        message.deletedAt = log.now();
        for (String table : List.of("message_versions", "message_reactions", "message_mentions")) {
            Panache.getEntityManager().createNativeQuery("delete from " + table + " where message_id = ?1")
                    .setParameter(1, messageId).executeUpdate();
        }
        // the edits' events carried the text too; a device syncing from before them must not see it any more
        Panache.getEntityManager().createNativeQuery("update conversation_events set text = null, mentions = null"
                        + " where message_id = ?1 and kind = ?2")
                .setParameter(1, messageId).setParameter(2, ConversationEvent.EDITED).executeUpdate();
        Panache.getEntityManager().flush();
        if (fileId != null) {
            FileReferences.releaseIfUnposted(fileId);
        }
        EventEntity deleted = log.draft(message.conversationId, ConversationEvent.DELETED, me);
        deleted.messageId = messageId;
        log.recordForMembers(deleted, me, null);
        return Reply.ok();
    }

    private static boolean mayModerate(VisibleMessages.Visible visible) {
        ConversationEntity conversation = ConversationEntity.findById(visible.message().conversationId);
        return conversation.isRoom() && (Objects.equals(visible.membership().role, Conversation.OWNER)
                || Objects.equals(visible.membership().role, Conversation.ADMIN));
    }
}
