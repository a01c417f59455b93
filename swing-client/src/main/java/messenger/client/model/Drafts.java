package messenger.client.model;

import java.util.HashMap;
import java.util.Map;

/**
 * What was written but not sent in each conversation, with the message it answers, kept while another one is
 * open and, through its {@link Store}, across restarts. Used on the event thread.
 */
public final class Drafts {

    /** Text written and not sent, answering {@code replyTo} (null: none). */
    public record Draft(String text, ChatMessage replyTo) {

        public static final Draft NONE = new Draft("", null);

        boolean isEmpty() {
            return text.isBlank() && replyTo == null;
        }
    }

    /** Where drafts outlast the application. */
    public interface Store {

        Store NOWHERE = new Store() {
            @Override
            public void keep(long conversation, Draft draft) {
            }

            @Override
            public void forget(long conversation) {
            }
        };

        void keep(long conversation, Draft draft);

        void forget(long conversation);
    }

    private final Map<Long, Draft> byConversation;
    private final Store store;

    public Drafts() {
        this(Store.NOWHERE, Map.of());
    }

    /** Drafts kept in {@code store}, starting with those it {@code kept}. */
    public Drafts(Store store, Map<Long, Draft> kept) {
        this.store = store;
        this.byConversation = new HashMap<>(kept);
    }

    /** Keeps the draft of a conversation being left; blank text answering nothing keeps nothing. */
    public void keep(long conversation, Draft draft) {
        if (draft.isEmpty()) {
            forget(conversation);
        } else if (!draft.equals(byConversation.put(conversation, draft))) {
            store.keep(conversation, draft);
        }
    }

    /** The draft left in a conversation, {@link Draft#NONE} when there is none. */
    public Draft of(long conversation) {
        return byConversation.getOrDefault(conversation, Draft.NONE);
    }

    /** No draft any more: it was sent, or the conversation is gone. */
    public void forget(long conversation) {
        if (byConversation.remove(conversation) != null) {
            store.forget(conversation);
        }
    }
}
