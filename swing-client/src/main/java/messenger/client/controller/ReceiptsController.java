package messenger.client.controller;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import messenger.client.model.Conversation;
import messenger.protocol.Results;
import messenger.protocol.client.ChatSession;

/**
 * Read receipts: the other members' markers, read once when a conversation opens (the {@code read} events keep
 * them current), and the user's choice to share their own. Called on the event thread.
 */
public final class ReceiptsController {

    private final ChatSession chat;
    private final Consumer<Throwable> onUnexpected;

    ReceiptsController(ChatSession chat, Consumer<Throwable> onUnexpected) {
        this.chat = chat;
        this.onUnexpected = onUnexpected;
    }

    /** Reads the other members' markers of a conversation into its messages. */
    public void load(long conversation, Conversation messages) {
        Background.whenDone(chat.call(client -> {
            messages.receipts(client.receipts(conversation).stream()
                    .collect(Collectors.toMap(Results.Receipt::login, Results.Receipt::upTo, Math::max)));
            return null;
        }), done -> { }, failure -> Harmless.unless(failure, onUnexpected));
    }

    /** Whether the user shares read receipts; {@code change} null only reads it. */
    public void sharing(Boolean change, Consumer<Boolean> onAnswer, Consumer<Throwable> onFailed) {
        Background.whenDone(chat.call(client -> client.settings(change).receipts()), onAnswer, onFailed);
    }
}
