package messenger.client.model;

import java.util.List;

/**
 * Messages of others that arrived while the reader was reading further up, out of sight below: how many,
 * until the reader is back at the end of the conversation.
 */
public final class NewMessagesBelow {

    private final String me;
    private boolean readerAtEnd = true;
    private int count;

    public NewMessagesBelow(String me) {
        this.me = me;
    }

    public void readerAtEnd(boolean atEnd) {
        readerAtEnd = atEnd;
        if (atEnd) {
            count = 0;
        }
    }

    /** Messages inserted into the conversation at {@code index}; those at the top are older ones, not new. */
    public void inserted(int index, List<ChatMessage> messages) {
        if (!readerAtEnd && index > 0) {
            count += (int) messages.stream().filter(message -> !message.isFrom(me)).count();
        }
    }

    public int count() {
        return count;
    }

    /** "3 new messages ↓", for the way down to them; empty while there are none. */
    public String label() {
        return count == 0 ? "" : count + (count == 1 ? " new message ↓" : " new messages ↓");
    }
}
