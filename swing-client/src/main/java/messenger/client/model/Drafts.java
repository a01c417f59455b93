package messenger.client.model;

import java.util.HashMap;
import java.util.Map;

/** What was written but not sent in each conversation, kept while another one is open. Used on the event thread. */
public final class Drafts {

    private final Map<Long, String> byConversation = new HashMap<>();

    /** Keeps the text written in a conversation being left; blank text keeps nothing. */
    public void keep(long conversation, String text) {
        if (text.isBlank()) {
            byConversation.remove(conversation);
        } else {
            byConversation.put(conversation, text);
        }
    }

    /** The text left in a conversation, empty when there is none. */
    public String of(long conversation) {
        return byConversation.getOrDefault(conversation, "");
    }

    public void forget(long conversation) {
        byConversation.remove(conversation);
    }
}
