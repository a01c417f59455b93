package messenger.client.controller;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import messenger.client.cache.AccountCache;
import messenger.client.cache.KeptStretches;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Frame;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;
import messenger.protocol.Results.MessagePage;
import messenger.protocol.client.SessionListener;
import messenger.protocol.client.SessionStatus;

/**
 * Keeps the cache in step with what the chat session hears, before the models hear it: messages and their changes
 * are stored, the cursor moves past them, a message the server stored is no longer pending, and one it refused is
 * kept as refused, with the problem worded as the user reads it, never to be sent again by itself. Runs on
 * the session's threads, in the session's id order; the cursor is written under this object's lock, as the status
 * and the pushes come on different threads.
 */
final class CacheFeed implements SessionListener {

    private final AccountCache cache;
    private final String me;
    private final SessionListener next;
    private final Function<Throwable, String> describe;
    /**
     * The newest message of the conversations the session listed, until a cursor is kept: a session that lists them
     * tells no cursor, and without one the next start would list them again and never hear what changed meanwhile.
     */
    private Long listedUpTo;
    /** The newest message of each conversation listed (0: none), with {@link #listedUpTo}. */
    private Map<Long, Long> listedNewest = Map.of();

    /** {@code me} is the signed-in login; {@code describe} words a refusal as the message's row shows it. */
    CacheFeed(AccountCache cache, String me, SessionListener next, Function<Throwable, String> describe) {
        this.cache = cache;
        this.me = me;
        this.next = next;
        this.describe = describe;
    }

    @Override
    public void onMessages(List<Message> messages) {
        keep(() -> cache.messages().store(messages), messages.get(messages.size() - 1).id());
        next.onMessages(messages);
    }

    @Override
    public void onEvents(List<ConversationEvent> events) {
        keep(() -> events.forEach(event -> {
            cache.messages().apply(event, me);
            keepMembership(event);
        }), events.get(events.size() - 1).id());
        next.onEvents(events);
    }

    /** While the user is out of a conversation the session delivers none of it: kept messages do not follow there. */
    private void keepMembership(ConversationEvent event) {
        if (!me.equalsIgnoreCase(event.login())) {
            return;
        }
        switch (event.kind()) {
            case ConversationEvent.LEFT, ConversationEvent.REMOVED ->
                    cache.stretches().outFrom(event.conversation(), event.id() + 1);
            case ConversationEvent.JOINED -> cache.stretches().inAgainFrom(event.conversation(), event.id());
            default -> { }
        }
    }

    @Override
    public void onConversations(List<Conversation> conversations) {
        listed(conversations.stream().collect(Collectors.toMap(Conversation::id,
                conversation -> conversation.lastMessage() == null ? 0L : conversation.lastMessage().id(),
                Math::max)));
        next.onConversations(conversations);
    }

    @Override
    public void onNewest(MessagePage page) {
        next.onNewest(page);
    }

    @Override
    public void onStatus(SessionStatus status) {
        if (status instanceof SessionStatus.Connected) {
            keepListed();
        }
        next.onStatus(status);
    }

    @Override
    public void onSent(Message stored) {
        CacheGuard.write(() -> {
            cache.messages().storeIfAbsent(stored);
            cache.pending().remove(stored.clientMsgId());
        });
        next.onSent(stored);
    }

    @Override
    public void onSendFailed(String clientMsgId, Throwable refusal) {
        CacheGuard.write(() -> cache.pending().refuse(clientMsgId, describe.apply(refusal)));
        next.onSendFailed(clientMsgId, refusal);
    }

    @Override
    public void onTyping(Pushes.TypingPush typing) {
        next.onTyping(typing);
    }

    @Override
    public void onPresence(Presence presence) {
        next.onPresence(presence);
    }

    @Override
    public void onOtherPush(Frame frame) {
        next.onOtherPush(frame);
    }

    @Override
    public void onUnexpected(Throwable failure) {
        next.onUnexpected(failure);
    }

    /**
     * Stores what the session delivered and moves the cursor past it: the session delivers every message after
     * the cursor, so each conversation is kept whole from the cursor on.
     */
    private synchronized void keep(Runnable store, long upTo) {
        CacheGuard.write(() -> {
            store.run();
            cache.cursor().ifPresent(cursor -> cache.stretches().keep(KeptStretches.EVERY, cursor + 1, upTo));
            cache.setCursor(upTo);
        });
        listedUpTo = null;
    }

    private synchronized void listed(Map<Long, Long> newest) {
        listedUpTo = newest.values().stream().mapToLong(Long::longValue).max().orElse(0);
        listedNewest = newest;
    }

    /**
     * Once caught up after a listing that nothing followed, its newest message is the cursor: the catch-up would
     * have delivered a newer one (and a cursor been kept), so nothing past it is skipped; the changes between it and
     * the listing come again at the next start and are applied once more. A conversation has no message between
     * its newest listed and that cursor (a later one has a higher id), so none is missing there.
     */
    private synchronized void keepListed() {
        if (listedUpTo != null) {
            long upTo = listedUpTo;
            Map<Long, Long> newest = listedNewest;
            CacheGuard.write(() -> {
                newest.forEach((conversation, last) -> cache.stretches().keep(conversation, last + 1, upTo));
                cache.setCursor(upTo);
            });
            listedUpTo = null;
        }
    }
}
