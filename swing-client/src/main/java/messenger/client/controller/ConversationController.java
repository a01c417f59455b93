package messenger.client.controller;

import java.net.URI;
import java.util.function.Consumer;
import messenger.client.model.ChatMessage;
import messenger.client.model.Conversation;
import messenger.protocol.FileInfo;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.ChatSession;

/** What the conversation on screen asks of the chat: sending, the next older page, opening links. */
public final class ConversationController {

    private final ChatSession chat;
    private final Conversation conversation;

    ConversationController(ChatSession chat, Conversation conversation) {
        this.chat = chat;
        this.conversation = conversation;
    }

    /** Shows the message as pending at once; it is sent as soon as the connection allows. */
    public void send(String text) {
        ChatMessage pending = conversation.addPending(text, null);
        chat.send(pending.clientMsgId(), text, null);
    }

    /** Shares an uploaded file as a message, shown as pending until the server stores it. */
    public void sendFile(FileInfo file) {
        ChatMessage pending = conversation.addPending(null, file);
        chat.send(pending.clientMsgId(), null, file.id());
    }

    /** Loads the next page of older messages into the conversation; the outcome comes back on the event thread. */
    public void loadOlder(Runnable onLoaded, Consumer<Throwable> onFailed) {
        long oldest = conversation.oldestId();
        if (oldest == 0) {
            onLoaded.run();
            return;
        }
        Background.whenDone(chat.call(client -> conversation.addOlder(
                client.history(oldest, ProtocolRules.HISTORY_DEFAULT_LIMIT))), added -> onLoaded.run(), onFailed);
    }

    public void openLink(URI link, OpenProblems problems) {
        DesktopOpener.browse(link, problems);
    }
}
