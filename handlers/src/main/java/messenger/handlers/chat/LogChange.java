package messenger.handlers.chat;

import messenger.handlers.conversation.ConversationLog;
import messenger.handlers.spi.Reply;

/**
 * A change to conversations, run by the {@link MessageWriter} in its own transaction with the counter row
 * locked, so the events it records take the next ids of the log. Throwing {@code RequestException} refuses it
 * and rolls everything back.
 */
@FunctionalInterface
public interface LogChange {

    Reply apply(ConversationLog log);
}
