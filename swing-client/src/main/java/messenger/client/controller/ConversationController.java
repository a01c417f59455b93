package messenger.client.controller;

import java.net.URI;
import java.util.function.Consumer;
import messenger.client.net.ChatSession;

/** What the conversation on screen asks of the chat: sending, the next older page, opening links. */
public final class ConversationController {

    private final ChatSession chat;

    public ConversationController(ChatSession chat) {
        this.chat = chat;
    }

    /** Shows the message as pending at once; it is sent as soon as the connection allows. */
    public void send(String text) {
        chat.send(text);
    }

    /** Loads the next page of older messages into the conversation; the outcome comes back on the event thread. */
    public void loadOlder(Runnable onLoaded, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.loadOlder(), added -> onLoaded.run(), onFailed);
    }

    public void openLink(URI link, OpenProblems problems) {
        DesktopOpener.browse(link, problems);
    }
}
