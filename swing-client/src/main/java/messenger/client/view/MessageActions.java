package messenger.client.view;

import messenger.client.model.ChatMessage;

/** What the reader can do to a message on screen, from its menu, its reactions or its quote. */
interface MessageActions {

    void reply(ChatMessage message);

    /** Adds the reaction, or takes it back when the reader made it. */
    void toggleReaction(ChatMessage message, String emoji);

    void edit(ChatMessage message);

    void delete(ChatMessage message);

    /** Shows message {@code id} of this conversation, loading it first if need be, and highlights it. */
    void jumpTo(long id);

    /** Sends a message the server refused once more, as pending. */
    void tryAgain(ChatMessage failed);

    /** Forgets a message the server refused. */
    void discard(ChatMessage failed);

    /** Whether the reader may delete it: theirs, or they own or administer the room. */
    boolean canDelete(ChatMessage message);

    /** The reader's login. */
    String me();
}
