package messenger.client.model;

import java.util.List;

/**
 * Follows a {@link Conversation} like a list model follows its rows. Called in order, on the thread that made
 * the change, while the conversation is locked: hand the work to another thread rather than calling back.
 */
public interface ConversationListener {

    /** Once, when the listener is added: everything the conversation holds now. */
    void reset(List<ChatMessage> messages, boolean hasOlder);

    void inserted(int index, List<ChatMessage> messages);

    void changed(int index, ChatMessage message);

    void removed(int index);

    /** Whether the server holds messages older than the oldest one here. */
    void hasOlderChanged(boolean hasOlder);
}
