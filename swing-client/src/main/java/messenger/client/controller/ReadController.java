package messenger.client.controller;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import messenger.client.model.Conversation;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;
import messenger.client.model.LoadedConversations;
import messenger.client.model.ReadPosition;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerClient;

/**
 * Moves the read marker of the open conversation to its newest message while the reader sees it: the window has
 * the focus and the list is at its end. The directory counts it read at once; the server is told in the
 * background and tells the user's other devices; a marker the connection lost is told again once the session is
 * connected again. At the first connection, what the cache says was read further than the server knows (read
 * offline by a client closed before it could tell) is told too. Called on the event thread.
 */
public final class ReadController {

    private final ChatSession chat;
    private final ConversationDirectory directory;
    private final LoadedConversations loaded;
    private final Consumer<Throwable> onUnexpected;
    private final ReadPosition position = new ReadPosition();
    /** The furthest marker per conversation that the server has not heard of because the connection was down. */
    private final Map<Long, Long> unsent = new HashMap<>();
    private long open = -1;
    private boolean comparedWithServer;

    ReadController(ChatSession chat, ConversationDirectory directory, LoadedConversations loaded,
                   Consumer<Throwable> onUnexpected) {
        this.chat = chat;
        this.directory = directory;
        this.loaded = loaded;
        this.onUnexpected = onUnexpected;
    }

    /** A conversation is on screen now, its list at its end or not. */
    public void opened(long conversation, boolean atEnd) {
        open = conversation;
        position.atEnd(atEnd);
        markIfSeen();
    }

    public void windowFocused(boolean focused) {
        position.focused(focused);
        markIfSeen();
    }

    public void atEnd(long conversation, boolean atEnd) {
        if (conversation == open) {
            position.atEnd(atEnd);
            markIfSeen();
        }
    }

    /** Whether this conversation is in front of the user: open in the focused window. */
    public boolean inFront(long conversation) {
        return conversation == open && position.isFocused();
    }

    /** New messages of this conversation are on screen. */
    public void shown(long conversation) {
        if (conversation == open) {
            markIfSeen();
        }
    }

    /** The session is connected (again): the markers it could not take before go now. */
    void connected() {
        Map<Long, Long> waiting = Map.copyOf(unsent);
        unsent.clear();
        waiting.forEach(this::tellServer);
        if (!comparedWithServer) {
            compareWithServer();
        }
    }

    private void compareWithServer() {
        Background.whenDone(chat.call(MessengerClient::allConversations), all -> {
            comparedWithServer = true;
            all.conversations().forEach(there -> directory.get(there.id()).map(ConversationSummary::readUpTo)
                    .filter(here -> here > there.readUpTo())
                    .ifPresent(here -> tellServer(there.id(), here)));
        }, failure -> Harmless.unless(failure, onUnexpected));
    }

    private void markIfSeen() {
        long conversation = open;
        long newest = loaded.get(conversation).map(Conversation::newestId).orElse(0L);
        long marker = directory.get(conversation).map(ConversationSummary::readUpTo).orElse(Long.MAX_VALUE);
        position.markUpTo(newest, marker).ifPresent(upTo -> {
            directory.read(conversation, upTo);
            tellServer(conversation, upTo);
        });
    }

    /** The server only moves a marker forward, so a marker told late never undoes one read further elsewhere. */
    private void tellServer(long conversation, long upTo) {
        Background.whenDone(chat.call(client -> client.markRead(conversation, upTo)), stored -> { }, failure -> {
            if (failure instanceof ConnectionLostException) {
                unsent.merge(conversation, upTo, Math::max);
            } else {
                Harmless.unless(failure, onUnexpected);
            }
        });
    }
}
