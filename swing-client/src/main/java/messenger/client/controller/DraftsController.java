package messenger.client.controller;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import messenger.client.cache.AccountCache;
import messenger.client.cache.KeptDrafts;
import messenger.client.model.ChatMessage;
import messenger.client.model.Drafts;
import messenger.client.model.Drafts.Draft;

/**
 * Keeps drafts in the account's cache, so that what was written and not sent is there again after a restart, with
 * the message it answers when that is kept too. Writes at once: they are small, few (a draft is kept when its
 * conversation is left or the window closes) and must be in before the cache closes.
 */
public final class DraftsController implements Drafts.Store {

    private final AccountCache cache;
    private final Clock clock;

    DraftsController(AccountCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    /** The drafts kept at the last run. */
    public Map<Long, Draft> kept() {
        Map<Long, Draft> drafts = new HashMap<>();
        for (KeptDrafts.Kept kept : CacheGuard.read(() -> cache.drafts().all()).orElse(List.of())) {
            ChatMessage replyTo = kept.replyTo() == null ? null : CacheGuard.read(() -> cache.messages()
                    .find(kept.replyTo()).map(ChatMessage::stored).orElse(null)).orElse(null);
            drafts.put(kept.conversation(), new Draft(kept.text(), replyTo));
        }
        return drafts;
    }

    @Override
    public void keep(long conversation, Draft draft) {
        Long replyTo = draft.replyTo() == null || draft.replyTo().id() == 0 ? null : draft.replyTo().id();
        CacheGuard.write(() -> cache.drafts().keep(conversation, draft.text(), replyTo, clock.instant()));
    }

    @Override
    public void forget(long conversation) {
        CacheGuard.write(() -> cache.drafts().forget(conversation));
    }
}
