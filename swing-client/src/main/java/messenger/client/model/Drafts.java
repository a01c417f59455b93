package messenger.client.model;

import java.util.HashMap;
import java.util.Map;

/**
 * What was written but not sent in each conversation, with the message it answers, kept while another one is
 * open. Used on the event thread.
 */
public final class Drafts {

    /** Text written and not sent, answering {@code replyTo} (null: none). */
    public record Draft(String text, ChatMessage replyTo) {

        public static final Draft NONE = new Draft("", null);

        boolean isEmpty() {
            return text.isBlank() && replyTo == null;
        }
    }

    private final Map<Long, Draft> byConversation = new HashMap<>();

    /** Keeps the draft of a conversation being left; blank text answering nothing keeps nothing. */
    public void keep(long conversation, Draft draft) {
        if (draft.isEmpty()) {
            byConversation.remove(conversation);
        } else {
            byConversation.put(conversation, draft);
        }
    }

    /** The draft left in a conversation, {@link Draft#NONE} when there is none. */
    public Draft of(long conversation) {
        return byConversation.getOrDefault(conversation, Draft.NONE);
    }

    public void forget(long conversation) {
        byConversation.remove(conversation);
    }
}
