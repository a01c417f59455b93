package messenger.client.controller;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import messenger.client.cache.AccountCache;
import messenger.client.cache.KeptDrafts;
import messenger.client.model.ChatMessage;
import messenger.client.model.Drafts;
import messenger.client.model.Drafts.Draft;

/**
 * Keeps drafts in the account's cache, so that what was written and not sent is there again after a restart, with
 * the message it answers when that is kept too. The cache is written on a thread of its own, in order: a draft is
 * kept as its conversation is left, on the event thread, which must not wait behind a catch-up's writes to the
 * cache. {@link #close} writes what waits before the cache closes.
 */
public final class DraftsController implements Drafts.Store, AutoCloseable {

    private final AccountCache cache;
    private final Clock clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drafts-keeper");
        thread.setDaemon(true);
        return thread;
    });
    /** Set on the event thread as the account signs out: the drafts its screen keeps as it closes are not kept. */
    private volatile boolean signedOut;
    /** Read on the writer as the session starts, long before the chat screen asks. */
    private final Future<Map<Long, Draft>> kept;

    DraftsController(AccountCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
        this.kept = writer.submit(this::read);
    }

    /** The drafts kept at the last run. */
    public Map<Long, Draft> kept() {
        try {
            return kept.get();
        } catch (ExecutionException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private Map<Long, Draft> read() {
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
        if (signedOut) {
            return;
        }
        Long replyTo = draft.replyTo() == null || draft.replyTo().id() == 0 ? null : draft.replyTo().id();
        write(() -> CacheGuard.write(() -> cache.drafts().keep(conversation, draft.text(), replyTo, clock.instant())));
    }

    @Override
    public void forget(long conversation) {
        write(() -> CacheGuard.write(() -> cache.drafts().forget(conversation)));
    }

    /** The account signed out: its drafts are forgotten, and none written from now on is kept. */
    public void forgetAll() {
        signedOut = true;
        write(() -> CacheGuard.write(() -> cache.drafts().forgetAll()));
    }

    private void write(Runnable change) {
        try {
            writer.execute(change);
        } catch (RejectedExecutionException closed) {
            // the session has closed and its cache with it: nothing can be kept any more
        }
    }

    /** Writes what is still waiting, then stops. Blocks: runs off the event thread. */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
