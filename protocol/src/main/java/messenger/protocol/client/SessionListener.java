package messenger.protocol.client;

import java.util.List;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Frame;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;
import messenger.protocol.Results.MessagePage;

/**
 * What a {@link ChatSession} tells its owner. Messages are handed over one batch at a time, in id order, each once,
 * on the session's thread or a connection's reader thread: return quickly and never wait there for a reply.
 */
public interface SessionListener {

    /** Messages after the cursor, ascending by id, from a catch-up page or a push. */
    void onMessages(List<Message> messages);

    /**
     * Changes to the user's conversations after the cursor, ascending by id, in order with the messages
     * (only when following all conversations).
     */
    default void onEvents(List<ConversationEvent> events) {
    }

    /** Every conversation of the user, listed once when a session following all of them started without a cursor. */
    default void onConversations(List<Conversation> conversations) {
    }

    /** The newest page, fetched once when the session started without a cursor. */
    default void onNewest(MessagePage page) {
        onMessages(page.messages());
    }

    default void onStatus(SessionStatus status) {
    }

    /** The server stored a message of {@link ChatSession#send} (also after a re-send that followed a drop). */
    default void onSent(Message stored) {
    }

    /** The server refused a message for good (too long, say); it is not sent again. */
    default void onSendFailed(String clientMsgId, Throwable refusal) {
    }

    /** Another member types; ephemeral, never replayed by a catch-up. */
    default void onTyping(Pushes.TypingPush typing) {
    }

    /** A user's presence changed; ephemeral, never replayed by a catch-up. */
    default void onPresence(Presence presence) {
    }

    /** A push of a type this library does not model (a server extension). */
    default void onOtherPush(Frame frame) {
    }

    /** A failure nobody foresaw in the session's own work (a bug); the session goes on. */
    default void onUnexpected(Throwable failure) {
    }
}
