package messenger.client.controller;

import messenger.client.cache.AccountCache;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;

/**
 * Keeps the sidebar's list in the cache as it changes, so the next start shows it at once. Runs on the thread that
 * changed the directory, in the order of the changes.
 */
final class DirectoryKeeper implements ConversationDirectory.Listener {

    private final AccountCache cache;

    DirectoryKeeper(AccountCache cache) {
        this.cache = cache;
    }

    @Override
    public void changed(ConversationDirectory.Snapshot snapshot) {
        CacheGuard.write(() -> cache.conversations().replaceAll(snapshot.all()));
    }

    @Override
    public void lost(ConversationSummary conversation, String why) {
        // the change that follows the loss keeps the list without it
    }
}
