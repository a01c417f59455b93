package messenger.client.controller;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import messenger.client.cache.AccountCache;
import messenger.client.cache.PendingMessages.Pending;
import messenger.client.cache.PendingMessages.Refused;
import messenger.client.model.ChatMessage;
import messenger.client.model.Conversation;
import messenger.client.model.LoadedConversations;
import messenger.client.model.NotSent;
import messenger.client.model.Quotes;
import messenger.client.model.TypingSignal;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Results.MessagePage;
import messenger.protocol.client.ChatSession;

/**
 * What a conversation on screen asks of the chat: its messages, sending (a reply too), trying a refused message
 * again or discarding it, telling the others the user types, the next older page, opening links.
 */
public final class ConversationController {

    /** Messages in a page around one found, and in each newer page after it. */
    private static final int AROUND = ProtocolRules.HISTORY_MAX_LIMIT / 2;
    /**
     * Refused messages shown in a conversation, the newest: more are unlikely to be read one by one, and the count
     * in the sidebar still tells them all.
     */
    static final int REFUSED_SHOWN = 100;

    private final ChatSession chat;
    private final AccountCache cache;
    private final Outgoing outgoing;
    private final RefusedCounts refused;
    private final History history;
    private final LoadedConversations loaded;
    private final Clock clock;
    private final Consumer<Throwable> onUnexpected;
    private final TypingSignal typing = new TypingSignal();

    ConversationController(ChatSession chat, AccountCache cache, History history, LoadedConversations loaded,
                           RefusedCounts refused, Clock clock, Consumer<Throwable> onUnexpected) {
        this.chat = chat;
        this.cache = cache;
        this.refused = refused;
        this.outgoing = new Outgoing(chat, cache, refused, onUnexpected);
        this.history = history;
        this.loaded = loaded;
        this.clock = clock;
        this.onUnexpected = onUnexpected;
    }

    /**
     * The messages of a conversation being opened: those loaded already, or none yet and older ones to load; the
     * messages written here and not yet stored by the server show as pending once the cache is read, those it
     * refused as not sent (the {@link #REFUSED_SHOWN} newest), in the order they were written.
     */
    public Conversation open(long conversation) {
        Conversation messages = loaded.open(conversation);
        Background.run(() -> {
            List<Refused> kept = new ArrayList<>();
            CacheGuard.read(() -> cache.pending().all()).orElse(List.of()).stream()
                    .filter(pending -> pending.conversation() == conversation)
                    .forEach(pending -> kept.add(new Refused(pending, null)));
            kept.addAll(CacheGuard.read(() -> cache.pending().refusedIn(conversation, REFUSED_SHOWN))
                    .orElse(List.of()));
            kept.sort(Comparator.comparing(one -> one.message().written()));
            return kept;
        }, kept -> kept.forEach(one -> {
            Pending pending = one.message();
            if (one.problem() == null) {
                messages.restorePending(pending.clientMsgId(), pending.written(), pending.text(), pending.file());
            } else {
                messages.restoreFailed(pending.clientMsgId(), pending.written(), pending.text(), pending.file(),
                        one.problem());
            }
        }), onUnexpected);
        return messages;
    }

    /** How many refused messages each conversation holds, for the sidebar; counted from the cache at start. */
    public NotSent notSent() {
        return refused.model();
    }

    /**
     * Sends a refused message again, as pending, behind those written before: same {@code clientMsgId}, which the
     * server never stored.
     */
    public void tryAgain(long conversation, ChatMessage failed) {
        loaded.get(conversation).ifPresent(messages -> messages.retry(failed.clientMsgId()));
        Long replyTo = failed.replyTo() == null ? null : failed.replyTo().id();
        outgoing.retry(new Pending(failed.clientMsgId(), conversation, failed.file() == null ? failed.text() : null,
                replyTo, failed.at(), failed.file()));
    }

    /** Forgets a refused message: it leaves the conversation and the cache. */
    public void discard(long conversation, ChatMessage failed) {
        loaded.get(conversation).ifPresent(messages -> messages.discard(failed.clientMsgId()));
        outgoing.discard(failed.clientMsgId());
    }

    /**
     * Sends again what was written before the client last stopped and never stored (read from the cache at start):
     * same {@code clientMsgId}.
     */
    void resend(List<Pending> kept) {
        outgoing.resend(kept);
    }

    /**
     * How many messages written here are still waiting to be sent, counting every one written before this was
     * asked, and how many were refused and kept; told on the event thread.
     */
    public void countUnsent(Consumer<Unsent> onCounted, Consumer<Throwable> onFailed) {
        Background.whenDone(outgoing.unsent(), onCounted, onFailed);
    }

    /**
     * Signing out: the messages still waiting are never sent, neither by this session nor at a later start; the
     * refused ones are forgotten too.
     */
    CompletableFuture<Void> discardUnsent() {
        return outgoing.discardWaiting();
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
        // written while reading an older stretch: the newest messages come back, for the new one to follow them
        loaded.get(conversation).filter(Conversation::hasNewer).ifPresent(messages ->
                loadLatest(conversation, messages, () -> { }, failure -> Harmless.unless(failure, onUnexpected)));
        Message.Quote quote = original == null ? null : Quotes.of(original);
        String clientMsgId = pendingIn(conversation, text, null, quote);
        Long replyTo = original == null ? null : original.id();
        outgoing.send(new Pending(clientMsgId, conversation, text, replyTo, clock.instant()));
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
        outgoing.send(Pending.file(pendingIn(conversation, null, file, null), conversation, file, clock.instant()));
    }

    /**
     * Loads the next page of older messages into the conversation (the newest page while it holds none); the
     * outcome comes back on the event thread.
     */
    public void loadOlder(long conversation, Conversation messages, Runnable onLoaded, Consumer<Throwable> onFailed) {
        long oldest = messages.oldestId();
        Long before = oldest == 0 ? null : oldest;
        Background.run(() -> messages.addOlder(history.older(conversation, before, ProtocolRules.HISTORY_DEFAULT_LIMIT)),
                added -> onLoaded.run(), onFailed);
    }

    /**
     * Loads message {@code id} with the messages around it: added in front when they reach those loaded, else in
     * their place (the newer ones then load as the reader scrolls down). Tells whether the message is loaded.
     */
    public void loadAround(long conversation, Conversation messages, long id, Consumer<Boolean> onLoaded,
                           Consumer<Throwable> onFailed) {
        Background.run(() -> {
            if (!messages.holds(id)) {
                MessagePage page = history.around(conversation, id, AROUND);
                boolean reaches = !page.messages().isEmpty() && messages.oldestId() != 0
                        && page.messages().get(page.messages().size() - 1).id() >= messages.oldestId();
                if (reaches) {
                    messages.addOlder(page);
                } else {
                    messages.replaceWith(page);
                }
            }
            return messages.holds(id);
        }, onLoaded, onFailed);
    }

    /** Loads the next page of newer messages into a conversation opened at an older message. */
    public void loadNewer(long conversation, Conversation messages, Runnable onLoaded, Consumer<Throwable> onFailed) {
        Background.run(() -> messages.addNewer(history.newer(conversation, messages.newestId(), AROUND)),
                added -> onLoaded.run(), onFailed);
    }

    /** Loads the newest messages in place of an older stretch of the conversation. */
    public void loadLatest(long conversation, Conversation messages, Runnable onLoaded, Consumer<Throwable> onFailed) {
        Background.run(() -> {
            messages.replaceWith(history.older(conversation, null, AROUND));
            return null;
        }, loaded -> onLoaded.run(), onFailed);
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
