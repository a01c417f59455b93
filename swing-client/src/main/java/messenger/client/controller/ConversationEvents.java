package messenger.client.controller;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;
import messenger.client.model.LoadedConversations;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerException;

/**
 * Applies the changes to the user's conversations: a name, topic or notification level at once, from the event;
 * edits, deletions and reactions to the messages loaded (others are loaded in their current state when needed);
 * another member's read marker to the receipts; the user leaving or removed by dropping the conversation; anything
 * else (a new conversation, members, roles, a read marker behind the newest message) by asking the server for the
 * conversation as it is now. Runs on the session's threads.
 */
final class ConversationEvents {

    private final LongFunction<CompletableFuture<Conversation>> askFor;
    private final ConversationDirectory directory;
    private final LoadedConversations loaded;
    private final Consumer<Throwable> onUnexpected;
    /**
     * Conversations whose answer a lost connection cut short. The event that asked for one may have come in a
     * catch-up, which moved the cursor past it: no later catch-up brings it again, so they are asked for once
     * connected again.
     */
    private final Set<Long> unanswered = ConcurrentHashMap.newKeySet();

    /** {@code askFor} asks the server for a conversation as it is now. */
    ConversationEvents(LongFunction<CompletableFuture<Conversation>> askFor, ConversationDirectory directory,
                       LoadedConversations loaded, Consumer<Throwable> onUnexpected) {
        this.askFor = askFor;
        this.directory = directory;
        this.loaded = loaded;
        this.onUnexpected = onUnexpected;
    }

    void apply(List<ConversationEvent> events) {
        events.forEach(this::apply);
    }

    private void apply(ConversationEvent event) {
        long id = event.conversation();
        switch (event.kind()) {
            case ConversationEvent.RENAMED -> directory.renamed(id, event.name());
            case ConversationEvent.TOPIC -> directory.topicChanged(id, event.topic());
            case ConversationEvent.LEFT, ConversationEvent.REMOVED -> {
                if (isMe(event.login())) {
                    String name = directory.get(id).map(ConversationSummary::name).orElse("a room");
                    loaded.forget(id);
                    directory.remove(id, ConversationEvent.LEFT.equals(event.kind()) ? "You left " + name + "."
                            : "You were removed from " + name + " by " + event.by() + ".");
                } else {
                    fetch(id);
                }
            }
            case ConversationEvent.READ -> {
                if (event.upTo() == null) {
                    return;
                }
                if (!isMe(event.login())) {
                    loaded.get(id).ifPresent(messages -> messages.read(event.login(), event.upTo()));
                } else if (directory.read(id, event.upTo())) {
                    fetch(id);
                }
            }
            case ConversationEvent.EDITED, ConversationEvent.DELETED, ConversationEvent.REACTED,
                    ConversationEvent.UNREACTED -> loaded.get(id).ifPresent(messages -> messages.apply(event));
            case ConversationEvent.NOTIFICATIONS -> {
                if (isMe(event.login()) && event.level() != null) {
                    directory.notificationsChanged(id, event.level());
                }
            }
            default -> fetch(id);
        }
    }

    /** Asks the server for a conversation as it is now; the answer replaces what the directory knew. */
    void fetch(long id) {
        askFor.apply(id).whenComplete((conversation, failure) -> {
            if (conversation != null) {
                directory.put(conversation);
            } else if (Background.unwrap(failure) instanceof ConnectionLostException) {
                unanswered.add(id);
            } else if (!isGone(failure)) {
                onUnexpected.accept(failure);
            }
        });
    }

    /** Connected again: asks once more for the conversations a lost connection left unanswered. */
    void connected() {
        for (Long id : List.copyOf(unanswered)) {
            if (unanswered.remove(id)) {
                fetch(id);
            }
        }
    }

    /** The conversation is no longer the user's (its removal event follows), or the session is closing. */
    private static boolean isGone(Throwable failure) {
        Throwable cause = Background.unwrap(failure);
        return cause instanceof CancellationException
                || cause instanceof MessengerException refused
                && (refused.code() == ErrorCode.FORBIDDEN || refused.code() == ErrorCode.NOT_FOUND);
    }

    private boolean isMe(String login) {
        return directory.me().equalsIgnoreCase(login);
    }
}
