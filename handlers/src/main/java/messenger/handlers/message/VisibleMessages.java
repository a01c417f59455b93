package messenger.handlers.message;

import messenger.handlers.chat.MessageEntity;
import messenger.handlers.conversation.ConversationEntity;
import messenger.handlers.conversation.MemberEntity;
import messenger.handlers.conversation.Memberships;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;

/**
 * A message a request names, checked as a conversation would be: {@code NOT_FOUND} when there is none with that
 * id, {@code FORBIDDEN} when the user is not a member of its conversation.
 */
final class VisibleMessages {

    /** The message and the asking user's membership of its conversation. */
    record Visible(MessageEntity message, MemberEntity membership) {

        Visible requireStanding() {
            if (message.isDeleted()) {
                throw Fields.badRequest("message " + message.id + " was deleted");
            }
            return this;
        }
    }

    private VisibleMessages() {
    }

    /**
     * The message, if the user is in its conversation; a message of a private room or direct conversation they are
     * not in is answered as one that does not exist (see {@link Memberships#notAMember}).
     */
    static Visible require(long messageId, long userId) {
        MessageEntity message = MessageEntity.findById(messageId);
        if (message == null) {
            throw noSuchMessage(messageId);
        }
        MemberEntity membership = Memberships.find(message.conversationId, userId);
        if (membership == null) {
            ConversationEntity conversation = ConversationEntity.findById(message.conversationId);
            throw Memberships.isPublic(conversation) ? Memberships.notAMember(conversation) : noSuchMessage(messageId);
        }
        return new Visible(message, membership);
    }

    private static RequestException noSuchMessage(long messageId) {
        return new RequestException(ErrorCode.NOT_FOUND, "no message with id " + messageId);
    }
}
