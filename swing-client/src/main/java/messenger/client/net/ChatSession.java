package messenger.client.net;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import messenger.client.model.ChatMessage;
import messenger.client.model.ConnectionState;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Results.MessagePage;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.Retry;

/**
 * The chat connection of a signed-in device. It keeps the connection open, reconnecting by its
 * {@link ReconnectPolicy}; after every (re)connect it subscribes, catches up from the conversation's cursor and
 * re-sends what is still pending with the same {@code clientMsgId}. Every request runs on one thread, in order, so the methods for
 * the UI only queue work and return at once.
 */
public final class ChatSession implements AutoCloseable {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Device device;
    private final Conversation conversation;
    private final ConnectionStatus status;
    private final ReconnectPolicy policy;
    private final Function<Throwable, String> describe;
    private final Consumer<Throwable> onUnexpected;
    private final ScheduledExecutorService worker;
    private volatile boolean closed;
    /** Written on the worker thread only. */
    private volatile MessengerClient connection;
    private PushGate currentGate;
    private int failedAttempts;
    private int busyAttempts;

    /** {@code describe} words a failure for the person reading the status line or a message not sent. */
    public ChatSession(Device device, Conversation conversation, ConnectionStatus status, ReconnectPolicy policy,
                       Function<Throwable, String> describe, Consumer<Throwable> onUnexpected) {
        this.device = device;
        this.conversation = conversation;
        this.status = status;
        this.policy = policy;
        this.describe = describe;
        this.onUnexpected = onUnexpected;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "chat-session-" + device.login());
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.worker = executor;
    }

    public Device device() {
        return device;
    }

    public void start() {
        status.set(ConnectionState.CONNECTING, "Connecting to " + device.server() + "…");
        run(this::connect);
        worker.scheduleWithFixedDelay(guarded(this::heartbeat), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Shows the message as pending at once and sends it when the connection allows. */
    public void send(String text) {
        conversation.addPending(text, null);
        run(this::sendPending);
    }

    public void sendFile(FileInfo file) {
        conversation.addPending(null, file);
        run(this::sendPending);
    }

    /** Loads the page before the oldest message here; completes with how many messages it added. */
    public CompletableFuture<Integer> loadOlder() {
        return CompletableFuture.supplyAsync(() -> {
            MessengerClient client = connection;
            if (client == null) {
                throw new IllegalStateException("Not connected: older messages load once the connection is back.");
            }
            long oldest = conversation.oldestId();
            if (oldest == 0) {
                return 0;
            }
            return conversation.addOlder(client.history(oldest, ProtocolRules.HISTORY_DEFAULT_LIMIT));
        }, worker);
    }

    /**
     * Revokes this device's token on the server (a connection is opened for it if the chat connection is
     * down) and closes everything. The session is closed even when the server cannot be told.
     */
    public CompletableFuture<Void> signOut() {
        return CompletableFuture.runAsync(() -> {
            closed = true;
            MessengerClient client = connection;
            connection = null;
            try {
                if (client == null) {
                    client = Connections.open(device, null);
                }
                client.logout();
            } catch (IOException e) {
                throw new ConnectionLostException(describe.apply(e), e);
            } finally {
                if (client != null) {
                    client.close();
                }
                worker.shutdown();
            }
        }, worker);
    }

    /** Closes the connection without signing out (the window closes). */
    @Override
    public void close() {
        closed = true;
        MessengerClient client = connection;
        if (client != null) {
            client.close();
        }
        worker.shutdownNow();
    }

    private void connect() {
        if (closed) {
            return;
        }
        PushGate gate = new PushGate(conversation, this::connectionClosed);
        MessengerClient client = null;
        try {
            client = Connections.open(device, gate);
            client.subscribe();
            catchUp(client, conversation);
            gate.open();
            connection = client;
            currentGate = gate;
            failedAttempts = 0;
            status.set(ConnectionState.CONNECTED, "Signed in as " + device.login() + " on " + device.server());
            sendPending();
        } catch (MessengerException e) {
            close(client);
            if (e.code() == ErrorCode.AUTH_FAILED || e.code() == ErrorCode.UNAUTHENTICATED) {
                closed = true;
                status.set(ConnectionState.OFFLINE, "This device was signed out on the server. Sign out and in again.");
            } else {
                retryLater(e);
            }
        } catch (IOException | RuntimeException e) {
            // a lost connection, or something nobody foresaw: either way this attempt is over, the next one may work
            close(client);
            retryLater(e);
        }
    }

    /** Newest page on first open; after a drop, every page after the cursor. */
    static void catchUp(MessengerClient client, Conversation conversation) {
        if (conversation.cursor() == 0) {
            conversation.receiveNewest(client.history(null, ProtocolRules.HISTORY_DEFAULT_LIMIT));
            return;
        }
        MessagePage page;
        do {
            page = client.sync(conversation.cursor(), ProtocolRules.SYNC_MAX_LIMIT);
            conversation.receive(page.messages());
        } while (page.hasMore());
    }

    private void sendPending() {
        MessengerClient client = connection;
        if (client == null) {
            return;
        }
        for (ChatMessage message : conversation.pending()) {
            try {
                Long fileId = message.file() == null ? null : message.file().id();
                conversation.confirm(client.send(message.clientMsgId(), message.text(), fileId));
            } catch (ConnectionLostException e) {
                return;
            } catch (MessengerException e) {
                Optional<Duration> wait = Retry.after(e, ++busyAttempts, policy);
                if (wait.isPresent()) {
                    worker.schedule(guarded(this::sendPending), wait.get().toMillis(), TimeUnit.MILLISECONDS);
                    return;
                }
                conversation.fail(message.clientMsgId(), describe.apply(e));
            }
            busyAttempts = 0;
        }
    }

    private void heartbeat() {
        MessengerClient client = connection;
        if (client != null) {
            try {
                client.ping();
            } catch (ConnectionLostException e) {
                // the connection's own close notice starts the reconnect
            }
        }
    }

    /** Called on the connection's reader thread when a connection ends. */
    private void connectionClosed(PushGate gate) {
        run(() -> {
            if (!closed && gate == currentGate) {
                connection = null;
                currentGate = null;
                retryLater(new ConnectionLostException("connection lost", null));
            }
        });
    }

    /**
     * Connecting again is the only way on, so a failure {@link Retry} calls final still waits by the policy; a
     * {@code RATE_LIMITED} connection waits the server's {@code retryAfter}.
     */
    private void retryLater(Exception why) {
        failedAttempts++;
        Duration delay = Retry.after(why, failedAttempts, policy).orElseGet(() -> policy.delay(failedAttempts));
        ConnectionState state = policy.isAtMax(failedAttempts) ? ConnectionState.OFFLINE : ConnectionState.RECONNECTING;
        long seconds = Math.max(1, Math.round(delay.toMillis() / 1000.0));
        status.set(state, describe.apply(why) + " Trying again in " + seconds + " s…");
        worker.schedule(guarded(this::connect), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues work on the session thread; after close there is nothing left to do, so it is dropped. */
    private void run(Runnable task) {
        try {
            worker.execute(guarded(task));
        } catch (RejectedExecutionException afterClose) {
            // the session is closed: its connection and pending work are gone with it
        }
    }

    /**
     * An executor keeps a task's exception in a future nobody reads; this hands it to someone who shows it.
     * Once the session is closed, its interrupted work fails as expected and there is nothing to show.
     */
    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                if (!closed) {
                    onUnexpected.accept(e);
                }
            }
        };
    }

    private static void close(MessengerClient client) {
        if (client != null) {
            client.close();
        }
    }
}
