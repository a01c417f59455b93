package messenger.client.controller;

import java.util.function.Consumer;
import messenger.client.model.ChatMessage;
import messenger.client.model.Conversation;
import messenger.client.model.LoadedConversations;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.ChatSession;

/**
 * What the user does to a message on screen: edit, delete, react, and find the original a reply quotes. Every
 * change shows when its event comes back through the session, on every device alike. Called on the event
 * thread; a refusal comes back on it.
 */
public final class MessageController {

    /** Older pages loaded at most, looking for the original of a reply: no further than a conversation keeps. */
    private static final int PAGES_TO_ORIGINAL = 50;

    private final ChatSession chat;
    private final History history;
    private final LoadedConversations loaded;

    MessageController(ChatSession chat, History history, LoadedConversations loaded) {
        this.chat = chat;
        this.history = history;
        this.loaded = loaded;
    }

    /** {@code onEdited} runs once the server has stored the new text. */
    public void edit(ChatMessage message, String text, Runnable onEdited, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.call(client -> client.editMessage(message.id(), text)), edited -> onEdited.run(),
                onFailed);
    }

    public void delete(ChatMessage message, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.call(client -> {
            client.deleteMessage(message.id());
            return null;
        }), deleted -> { }, onFailed);
    }

    /** Adds the reaction, or takes it back when the user has made it already. */
    public void toggleReaction(ChatMessage message, String emoji, Consumer<Throwable> onFailed) {
        boolean mine = message.hasReacted(loaded.me(), emoji);
        Background.whenDone(chat.call(client -> {
            if (mine) {
                client.unreact(message.id(), emoji);
            } else {
                client.react(message.id(), emoji);
            }
            return null;
        }), done -> { }, onFailed);
    }

    /**
     * Makes sure message {@code id} is loaded into the conversation: older pages come in until it is there (the
     * messages in between stay, so the list has no gap to page over). {@code onLoaded} hears whether it was found.
     */
    public void loadUpTo(long conversation, Conversation messages, long id, Consumer<Boolean> onLoaded,
                         Consumer<Throwable> onFailed) {
        Background.run(() -> {
            for (int page = 0; page < PAGES_TO_ORIGINAL && !messages.holds(id) && messages.hasOlder(); page++) {
                long oldest = messages.oldestId();
                messages.addOlder(history.older(conversation, oldest == 0 ? null : oldest,
                        ProtocolRules.HISTORY_MAX_LIMIT));
            }
            return messages.holds(id);
        }, onLoaded, onFailed);
    }
}
