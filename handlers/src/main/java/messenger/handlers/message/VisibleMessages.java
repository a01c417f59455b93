package messenger.handlers.message;

import messenger.handlers.chat.MessageEntity;
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

    static Visible require(long messageId, long userId) {
        MessageEntity message = MessageEntity.findById(messageId);
        if (message == null) {
            throw new RequestException(ErrorCode.NOT_FOUND, "no message with id " + messageId);
        }
        return new Visible(message, Memberships.requireMember(message.conversationId, userId));
    }
}
