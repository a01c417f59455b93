package messenger.client.controller;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import messenger.client.cache.AccountCache;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;

/**
 * Keeps the sidebar's list in the cache as it changes, so the next start shows it at once. The directory's thread
 * (the event thread too) only hands the newest list over; a thread of its own writes it, skipping lists that a
 * newer one replaced meanwhile.
 */
final class DirectoryKeeper implements ConversationDirectory.Listener, AutoCloseable {

    private final AccountCache cache;
    private final AtomicReference<ConversationDirectory.Snapshot> newest = new AtomicReference<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "directory-keeper");
        thread.setDaemon(true);
        return thread;
    });

    DirectoryKeeper(AccountCache cache) {
        this.cache = cache;
    }

    @Override
    public void changed(ConversationDirectory.Snapshot snapshot) {
        if (newest.getAndSet(snapshot) == null) {
            writer.execute(() -> {
                ConversationDirectory.Snapshot toWrite = newest.getAndSet(null);
                CacheGuard.write(() -> cache.conversations().replaceAll(toWrite.all()));
            });
        }
    }

    @Override
    public void lost(ConversationSummary conversation, String why) {
        // the change that follows the loss keeps the list without it
    }

    /** Writes what is still waiting, then stops. Blocks: runs off the event thread. */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}
