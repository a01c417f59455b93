package messenger.client.controller;

import java.util.List;
import messenger.client.cache.AccountCache;
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
 * are stored, the cursor moves past them, and a message the server stored or refused is no longer pending. Runs on
 * the session's threads, in the session's id order.
 */
final class CacheFeed implements SessionListener {

    private final AccountCache cache;
    private final SessionListener next;

    CacheFeed(AccountCache cache, SessionListener next) {
        this.cache = cache;
        this.next = next;
    }

    @Override
    public void onMessages(List<Message> messages) {
        CacheGuard.write(() -> {
            cache.messages().store(messages);
            cache.setCursor(messages.get(messages.size() - 1).id());
        });
        next.onMessages(messages);
    }

    @Override
    public void onEvents(List<ConversationEvent> events) {
        CacheGuard.write(() -> {
            events.forEach(cache.messages()::apply);
            cache.setCursor(events.get(events.size() - 1).id());
        });
        next.onEvents(events);
    }

    @Override
    public void onConversations(List<Conversation> conversations) {
        next.onConversations(conversations);
    }

    @Override
    public void onNewest(MessagePage page) {
        next.onNewest(page);
    }

    @Override
    public void onStatus(SessionStatus status) {
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
        CacheGuard.write(() -> cache.pending().remove(clientMsgId));
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
}
