package messenger.client.controller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import messenger.client.cache.AccountCache;
import messenger.client.cache.PendingMessages.Pending;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;
import messenger.client.model.LoadedConversations;
import messenger.client.model.NotSent;
import messenger.client.model.OthersNow;
import messenger.client.model.Transfers;
import messenger.client.net.Connections;
import messenger.client.net.Device;
import messenger.client.transfer.CacheFolder;
import messenger.client.transfer.TransferService;
import messenger.protocol.Conversation;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.ReconnectPolicy;

/**
 * The connections of a signed-in device, chat and files, and the controllers that use them: started when the chat
 * opens, closed on sign-out or when the window closes. Closing a socket can wait for a stuck write (a TLS close
 * notice), so it happens off the event thread. Called on the event thread.
 */
public final class SessionController {

    /** Conversations whose messages stay loaded when another is opened. */
    private static final int LOADED_CONVERSATIONS = 8;

    private final Device device;
    private final AccountCache cache;
    private final ConversationDirectory directory;
    private final DirectoryKeeper keeper;
    private final ConversationController conversations;
    private final RefusedCounts refused;
    private final ChatSession chat;
    private final TransferService files;
    private final CacheFolder pictures;
    private final Controllers controllers;
    private final Consumer<Throwable> onUnexpected;
    /** Completes once {@link #close} has closed the connections and the cache. */
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    /** Set on the event thread by {@link #close}: a start still reading the cache then connects nothing. */
    private boolean closing;

    /**
     * {@code describe} words a failure for the person reading it; {@code onUnexpected} hears of a failure nobody
     * foresaw, on any thread.
     */
    public SessionController(Device device, AccountCache cache, ConversationDirectory directory,
                             ConnectionStatus status, Transfers transfers, OthersNow others, ReconnectPolicy policy,
                             Clock clock, Function<Throwable, String> describe, Consumer<Throwable> onUnexpected) {
        this.device = device;
        this.cache = cache;
        this.directory = directory;
        this.keeper = new DirectoryKeeper(cache);
        this.onUnexpected = onUnexpected;
        LoadedConversations loaded = new LoadedConversations(device.login(), clock, LOADED_CONVERSATIONS);
        ConversationEvents events = new ConversationEvents(this::askFor, directory, loaded, onUnexpected);
        Notifier notifier = new Notifier(directory);
        this.refused = new RefusedCounts(cache, new NotSent());
        this.chat = new ChatSession(listener -> Connections.open(device, listener),
                new CacheFeed(cache, device.login(), new ChatFeed(device, directory, loaded, events, status, others,
                        notifier, clock, describe, onUnexpected, refused), describe),
                ChatSession.Options.defaults().withPolicy(policy).withAllConversations(),
                "chat-session-" + device.login());
        status.onRetryNow(chat::retryNow);
        this.files = new TransferService(device, transfers, policy, describe);
        this.pictures = ImagePreviews.folderOf(device.server().toString(), device.login());
        History history = new History(chat, cache);
        this.conversations = new ConversationController(chat, cache, history, loaded, refused, clock,
                onUnexpected);
        ReadController reading = new ReadController(chat, directory, loaded, onUnexpected);
        status.addListener(now -> {
            if (now.state() == ConnectionState.CONNECTED) {
                SwingUtilities.invokeLater(reading::connected);
            }
        });
        this.controllers = new Controllers(conversations, new RoomsController(chat, directory),
                new PeopleController(chat, directory), reading, new TransfersController(files, pictures, conversations, transfers),
                new MessageController(chat, history, loaded), new PresenceController(chat, others.presence(), onUnexpected),
                new ReceiptsController(chat, onUnexpected),
                new NotificationsController(chat, directory, notifier, reading),
                new SearchController(chat, cache), new DraftsController(cache, clock));
    }

    public Controllers controllers() {
        return controllers;
    }

    public Device device() {
        return device;
    }

    /**
     * Shows what the cache kept as soon as it is read (off the event thread), then connects: the session catches up
     * from the cache's cursor, or starts with the list of the user's conversations when the cache has no cursor;
     * what was written and never stored is sent again, what the server refused is counted and never sent by itself.
     */
    public void start() {
        Background.run(() -> {
            List<ConversationSummary> kept = CacheGuard.read(() -> cache.conversations().all()).orElse(List.of());
            // without the list the cursor alone would leave the sidebar empty: then the session lists it again
            Long cursor = kept.isEmpty() ? null : CacheGuard.read(cache::cursor).flatMap(c -> c).orElse(null);
            List<Pending> pending = CacheGuard.read(() -> cache.pending().all()).orElse(List.of());
            refused.recount();
            return new Kept(kept, cursor, pending);
        }, kept -> {
            if (closing) {
                return;
            }
            directory.restore(kept.conversations());
            directory.addListener(keeper);
            conversations.resend(kept.pending());
            chat.start(kept.cursor());
        }, onUnexpected);
    }

    /** What the cache held at start. */
    private record Kept(List<ConversationSummary> conversations, Long cursor, List<Pending> pending) {
    }

    /**
     * Stops the transfers, revokes this device's token on the server, forgets it here too (a sign-in without the
     * server needs it) with the drafts, discards the messages not sent yet and closes everything; then
     * {@code onSignedOut} runs, or {@code onServerNotTold} when the server could not be told.
     */
    public void signOut(Runnable onSignedOut, Consumer<Throwable> onServerNotTold) {
        Outlasting.theWindow(closed);
        controllers.drafts().forgetAll();
        Background.run(() -> {
            KeptSignIn.forget(device);
            CacheGuard.write(cache::forgetToken);
            files.close();
            return null;
        }, stopped -> { }, onUnexpected);
        CompletableFuture<Void> told = chat.signOut();
        // discarded once the session has stopped sending, told or not: none may go out at a later sign-in
        CompletableFuture<Void> discarded = told.handle((done, failure) -> null)
                .thenCompose(stopped -> conversations.discardUnsent())
                .thenCompose(done -> told);
        Background.whenDone(discarded, done -> {
            close();
            onSignedOut.run();
        }, failure -> {
            close();
            onServerNotTold.accept(failure);
        });
    }

    /** Signs out, then deletes everything this account kept on this computer, its pictures' copies too. */
    public void signOutAndForget(Runnable onSignedOut, Consumer<Throwable> onServerNotTold) {
        signOut(() -> forget(onSignedOut), failure -> forget(() -> onServerNotTold.accept(failure)));
    }

    /** Once everything is closed (nothing writes to the cache any more), deletes the account's data. */
    private void forget(Runnable then) {
        CompletableFuture<Void> deleted = closed.thenRunAsync(() -> {
            try {
                cache.closeAndDelete();
                pictures.delete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Outlasting.theWindow(deleted);
        Background.whenDone(deleted, done -> then.run(), failure -> {
            onUnexpected.accept(failure);
            then.run();
        });
    }

    /** A conversation as the server describes it now; for the events, which are heard before the session runs. */
    private CompletableFuture<Conversation> askFor(long conversation) {
        return chat.call(client -> client.conversation(conversation));
    }

    /** The server refused this device's token: closes everything and forgets the token kept here; the cache stays. */
    public void refusedByServer() {
        Background.run(() -> {
            KeptSignIn.forget(device);
            return null;
        }, forgotten -> { }, onUnexpected);
        close();
    }

    /**
     * The keeper listens until the session has stopped delivering: the cache's cursor moves with each delivery, so
     * a change of the list it missed (an unread count) would be lost for good.
     */
    public void close() {
        closing = true;
        Outlasting.theWindow(closed);
        Background.run(() -> {
            files.close();
            chat.close();
            directory.removeListener(keeper);
            keeper.close();
            controllers.drafts().close();
            CacheGuard.write(cache::close);
            return null;
        }, done -> closed.complete(null), failure -> {
            closed.complete(null);
            onUnexpected.accept(failure);
        });
    }
}
