package messenger.client.controller;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import messenger.client.model.ChatMessage;
import messenger.client.model.Conversation;
import messenger.client.model.LoadedConversations;
import messenger.client.model.Quotes;
import messenger.client.model.TypingSignal;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.ChatSession;

/**
 * What a conversation on screen asks of the chat: its messages, sending (a reply too), telling the others the user
 * types, the next older page, opening links.
 */
public final class ConversationController {

    private final ChatSession chat;
    private final LoadedConversations loaded;
    private final Clock clock;
    private final Consumer<Throwable> onUnexpected;
    private final TypingSignal typing = new TypingSignal();

    ConversationController(ChatSession chat, LoadedConversations loaded, Clock clock,
                           Consumer<Throwable> onUnexpected) {
        this.chat = chat;
        this.loaded = loaded;
        this.clock = clock;
        this.onUnexpected = onUnexpected;
    }

    /** The messages of a conversation being opened: those loaded already, or none yet and older ones to load. */
    public Conversation open(long conversation) {
        return loaded.open(conversation);
    }

    /** Told, on any thread, of a conversation whose messages were forgotten (see {@link LoadedConversations}). */
    public void onForgotten(LongConsumer listener) {
        loaded.onForgotten(listener);
    }

    /** Shows the message as pending at once; it is sent as soon as the connection allows. */
    public void send(long conversation, String text) {
        reply(conversation, text, null);
    }

    /** As {@link #send}, answering {@code original} (null: none). */
    public void reply(long conversation, String text, ChatMessage original) {
        typing.sent();
        Message.Quote quote = original == null ? null : Quotes.of(original);
        chat.send(conversation, pendingIn(conversation, text, null, quote), text, null,
                original == null ? null : original.id());
    }

    /** The user changed the text being written; the others hear of it now and then, never in a burst. */
    public void typed(long conversation) {
        if (typing.typed(conversation, clock.instant())) {
            // a lost typing notice is of no consequence: the next keystroke sends another
            Background.whenDone(chat.call(client -> {
                client.typing(conversation);
                return null;
            }), sent -> { }, failure -> Harmless.unless(failure, onUnexpected));
        }
    }

    /** Shares an uploaded file as a message, shown as pending until the server stores it. */
    public void sendFile(long conversation, FileInfo file) {
        chat.send(conversation, pendingIn(conversation, null, file, null), null, file.id());
    }

    /**
     * Loads the next page of older messages into the conversation (the newest page while it holds none); the
     * outcome comes back on the event thread.
     */
    public void loadOlder(long conversation, Conversation messages, Runnable onLoaded, Consumer<Throwable> onFailed) {
        long oldest = messages.oldestId();
        Long before = oldest == 0 ? null : oldest;
        Background.whenDone(chat.call(client -> messages.addOlder(
                client.history(conversation, before, ProtocolRules.HISTORY_DEFAULT_LIMIT))),
                added -> onLoaded.run(), onFailed);
    }

    public void openLink(URI link, OpenProblems problems) {
        DesktopOpener.browse(link, problems);
    }

    /** The {@code clientMsgId} of a new message, shown as pending if the conversation is loaded. */
    private String pendingIn(long conversation, String text, FileInfo file, Message.Quote replyTo) {
        return loaded.get(conversation).map(messages -> messages.addPending(text, file, replyTo))
                .map(ChatMessage::clientMsgId)
                .orElseGet(() -> UUID.randomUUID().toString());
    }
}
