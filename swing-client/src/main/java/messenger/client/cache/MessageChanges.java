package messenger.client.cache;

import java.util.List;
import messenger.client.model.Reactions;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;

/** A kept message after an event about it: edited, deleted, reacted to or not any more. */
final class MessageChanges {

    private MessageChanges() {
    }

    /** {@code me} is the reader, whose own reactions are marked as theirs. */
    static Message apply(Message message, ConversationEvent event, String me) {
        return switch (event.kind()) {
            case ConversationEvent.EDITED -> message.isDeleted() ? message : new Message(message.id(), message.from(),
                    message.at(), event.text(), message.clientMsgId(), message.file(), message.conversation(),
                    event.at(), null, message.replyTo(), message.reactions(), mentionsAfter(message, event));
            case ConversationEvent.DELETED -> new Message(message.id(), message.from(), message.at(), null,
                    message.clientMsgId(), null, message.conversation(), message.edited(), true, null, null, null);
            case ConversationEvent.REACTED -> withReactions(message,
                    Reactions.added(message.reactionsOrEmpty(), event.emoji(), event.by(), me));
            case ConversationEvent.UNREACTED -> withReactions(message,
                    Reactions.removed(message.reactionsOrEmpty(), event.emoji(), event.by(), me));
            default -> message;
        };
    }

    /** As the edit resolved them; an older server's edit does not say, and the message keeps its own. */
    private static List<String> mentionsAfter(Message message, ConversationEvent edit) {
        if (edit.mentions() == null) {
            return message.mentions();
        }
        return edit.mentions().isEmpty() ? null : edit.mentions();
    }

    private static Message withReactions(Message message, List<Message.Reaction> reactions) {
        if (message.isDeleted()) {
            return message;
        }
        return new Message(message.id(), message.from(), message.at(), message.text(), message.clientMsgId(),
                message.file(), message.conversation(), message.edited(), message.deleted(), message.replyTo(),
                reactions.isEmpty() ? null : reactions, message.mentions());
    }
}
