package messenger.client.controller;

import java.util.List;
import java.util.function.Consumer;
import messenger.client.model.PresenceBook;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.ChatSession;

/**
 * Who is here: asks the server once about the people on screen (pushes keep them current after that), and
 * tells it when this user steps away from the device or comes back. Called on the event thread.
 */
public final class PresenceController {

    private final ChatSession chat;
    private final PresenceBook book;
    private final Consumer<Throwable> onUnexpected;

    PresenceController(ChatSession chat, PresenceBook book, Consumer<Throwable> onUnexpected) {
        this.chat = chat;
        this.book = book;
        this.onUnexpected = onUnexpected;
    }

    /** Asks about those of these logins not known yet; the answers go into the book. */
    public void lookUp(List<String> logins) {
        List<String> unknown = book.unknown(logins);
        if (unknown.isEmpty()) {
            return;
        }
        List<String> asked = unknown.subList(0, Math.min(unknown.size(), ProtocolRules.PRESENCE_QUERY_MAX));
        Background.whenDone(chat.call(client -> client.presence(List.copyOf(asked))),
                users -> users.forEach(book::update), failure -> Harmless.unless(failure, onUnexpected));
    }

    /** The user has not touched the device for a while ({@code true}), or is back. */
    public void idle(boolean idle) {
        chat.setIdle(idle);
    }
}
