package messenger.protocol.client;

import messenger.protocol.ConversationEvent;
import messenger.protocol.Frame;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;

/**
 * Receives what the server sends without being asked. Called on the connection's reader thread:
 * return quickly and never wait for a reply of the same connection there.
 */
public interface PushListener {

    void onMessage(Message message);

    /** A change to a conversation (only on a connection subscribed with {@code all}). */
    default void onEvent(ConversationEvent event) {
    }

    /** Another member types (only on a connection subscribed with {@code all}). */
    default void onTyping(Pushes.TypingPush typing) {
    }

    /** A user's presence changed (only on a connection subscribed with {@code all}). */
    default void onPresence(Presence presence) {
    }

    /** A push of a type this library does not model (a server extension). */
    default void onOtherPush(Frame frame) {
    }

    /** Called once when the connection ends; {@code cause} says why (null after {@link MessengerClient#close()}). */
    default void onClosed(Throwable cause) {
    }
}
