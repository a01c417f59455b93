package messenger.protocol.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Pushes;
import messenger.protocol.Results;
import messenger.protocol.Results.MessagePage;

/**
 * The chat connection of a signed-in device, kept open whatever happens to it: the one implementation the desktop
 * client and the CLI share. After every (re)connect it subscribes, catches up from its cursor with {@code sync}
 * until nothing is left, lets the pushes that came meanwhile follow, and re-sends what is still in its outbox with
 * the same {@code clientMsgId}. Between attempts it waits by its {@link ReconnectPolicy} through {@link Retry},
 * with a shorter cap while the last good connection is recent (a server restart), so a restarted server sees its
 * clients back within seconds, spread by jitter rather than all at once.
 *
 * <p>Its listener gets every message after the cursor once, in id order: catch-up pages and pushes both pass one
 * lock that drops ids at or below the cursor, and both arrive in id order and without gaps (the server pushes
 * every message committed after {@code subscribe}). Requests run on the session's one thread, in order; the
 * public methods only queue work there and return at once.
 */
public final class ChatSession implements AutoCloseable {

    /**
     * {@code firstPage}: how many of the newest messages a session started without a cursor shows first;
     * {@code heartbeat}: how often a quiet connection proves, by a {@code sync}, that it and the sign-in still
     * work; {@code outboxCapacity}: how many messages may wait to be sent before {@link #send} refuses more;
     * {@code recentCap}: the longest wait between attempts for two minutes after a connection that had lasted
     * {@link #STABLE}, or whose server announced its restart, dropped (a server restart, typically), so the server
     * sees its clients back within seconds;
     * {@code allConversations}: follow every conversation of the user and their changes ({@code subscribe} and
     * {@code sync} with {@code all}) rather than the room <i>general</i> alone.
     */
    public record Options(ReconnectPolicy policy, int firstPage, Duration heartbeat, int outboxCapacity,
                          Duration recentCap, boolean allConversations) {

        public static Options defaults() {
            return new Options(ReconnectPolicy.DEFAULT, ProtocolRules.HISTORY_DEFAULT_LIMIT, Duration.ofSeconds(15),
                    1000, Duration.ofSeconds(3), false);
        }

        public Options withPolicy(ReconnectPolicy newPolicy) {
            return new Options(newPolicy, firstPage, heartbeat, outboxCapacity, recentCap, allConversations);
        }

        public Options withFirstPage(int newFirstPage) {
            return new Options(policy, newFirstPage, heartbeat, outboxCapacity, recentCap, allConversations);
        }

        public Options withHeartbeat(Duration newHeartbeat) {
            return new Options(policy, firstPage, newHeartbeat, outboxCapacity, recentCap, allConversations);
        }

        public Options withRecentCap(Duration newRecentCap) {
            return new Options(policy, firstPage, heartbeat, outboxCapacity, newRecentCap, allConversations);
        }

        public Options withAllConversations() {
            return new Options(policy, firstPage, heartbeat, outboxCapacity, recentCap, true);
        }
    }

    private static final Duration RECENT = Duration.ofMinutes(2);
    /**
     * How long a connection must have lasted for its drop to start the count of failed attempts afresh. A server that
     * takes connections and drops them at once (a proxy with a broken server behind it) is otherwise dialled about
     * every second forever.
     */
    static final Duration STABLE = Duration.ofSeconds(30);
    /**
     * Pushes held during one catch-up. Beyond it they are dropped and the catch-up syncs once more: every dropped
     * push was committed before that sync, so memory stays bounded and nothing is lost.
     */
    private static final int HELD_PUSHES = 10_000;

    private final Dialer dialer;
    private final SessionListener listener;
    private final Options options;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final Object delivery = new Object();
    /** Sends not yet acknowledged, oldest first; touched on the session thread only. */
    private final Deque<PendingSend> outbox = new ArrayDeque<>();
    /** The user is away from this device; touched on the session thread only. */
    private boolean idle;
    private volatile boolean closed;
    private volatile SessionStatus status = new SessionStatus.Connecting();
    /** The connection in use and its listener; written on the session thread only. */
    private volatile MessengerClient connection;
    private Link link;
    /** Guarded by {@link #delivery}; null until the first message or page when started without a cursor. */
    private Long cursor;
    private ScheduledFuture<?> nextAttempt;
    private ScheduledFuture<?> sendRetry;
    private int failedAttempts;
    private int refusedSends;
    private int unavailableInARow;
    /** When the last good connection dropped. */
    private long droppedMillis;
    /** When the current connection was adopted. */
    private long connectedMillis;
    /** Whether the last connection that dropped had lasted {@link #STABLE}. */
    private boolean droppedWasStable;
    private boolean everConnected;
    private volatile boolean restartAnnounced;

    public ChatSession(Dialer dialer, SessionListener listener, Options options, String threadName) {
        this(dialer, listener, options, threadName, Clock.systemUTC());
    }

    ChatSession(Dialer dialer, SessionListener listener, Options options, String threadName, Clock clock) {
        this.dialer = dialer;
        this.listener = listener;
        this.options = options;
        this.clock = clock;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        this.worker = executor;
    }

    /**
     * Connects and keeps connecting. {@code after} is the cursor: every message (and, following all conversations,
     * every change) with a larger id is delivered; null starts with the newest {@link Options#firstPage} messages
     * instead or, following all conversations, with the list of them.
     */
    public void start(Long after) {
        synchronized (delivery) {
            cursor = after;
        }
        setStatus(new SessionStatus.Connecting());
        run(this::connect);
        long every = options.heartbeat().toMillis();
        worker.scheduleWithFixedDelay(guarded(this::heartbeat), every, every, TimeUnit.MILLISECONDS);
    }

    public SessionStatus status() {
        return status;
    }

    /**
     * Queues a message; it goes out as soon as the connection allows and again after every drop until the server
     * answers. Completes with the stored message, or exceptionally when the server refuses it for good or the
     * outbox is full.
     */
    public CompletableFuture<Message> send(String clientMsgId, String text, Long fileId) {
        return send(null, clientMsgId, text, fileId);
    }

    /** As {@link #send(String, String, Long)}, to one conversation (null: <i>general</i>). */
    public CompletableFuture<Message> send(Long conversation, String clientMsgId, String text, Long fileId) {
        return send(conversation, clientMsgId, text, fileId, null);
    }

    /** As {@link #send(Long, String, String, Long)}, answering message {@code replyTo} (null: none). */
    public CompletableFuture<Message> send(Long conversation, String clientMsgId, String text, Long fileId,
                                           Long replyTo) {
        PendingSend pending = new PendingSend(conversation, clientMsgId, text, fileId, replyTo,
                new CompletableFuture<>());
        run(() -> {
            if (outbox.size() >= options.outboxCapacity()) {
                refuse(pending, new IllegalStateException(
                        "Too many messages are waiting to be sent; try again once the connection is back."));
                return;
            }
            outbox.add(pending);
            sendPending();
        });
        return pending.result();
    }

    /** Runs a request on the current connection, on the session thread; fails when there is no connection now. */
    public <T> CompletableFuture<T> call(Function<MessengerClient, T> request) {
        return CompletableFuture.supplyAsync(() -> {
            MessengerClient client = connection;
            if (client == null) {
                throw new ConnectionLostException("not connected", null);
            }
            return request.apply(client);
        }, worker);
    }

    /**
     * Tells the server whether the user is away from this device (no input for
     * {@link ProtocolRules#IDLE_AFTER_SECONDS}) or back; kept across reconnects. Only when following all conversations.
     */
    public void setIdle(boolean nowIdle) {
        run(() -> {
            if (idle == nowIdle) {
                return;
            }
            idle = nowIdle;
            MessengerClient client = connection;
            if (client != null) {
                try {
                    client.activity(nowIdle);
                } catch (RuntimeException e) {
                    // a lost connection: the next one reports the state after subscribing
                }
            }
        });
    }

    /** Skips the rest of the wait before the next attempt. */
    public void retryNow() {
        run(() -> {
            if (nextAttempt != null && nextAttempt.cancel(false)) {
                nextAttempt = null;
                connect();
            }
        });
    }

    /**
     * Revokes this device's token on the server (on a connection opened for it when the chat connection is down)
     * and closes the session, which is closed even when the server cannot be told.
     */
    public CompletableFuture<Void> signOut() {
        return CompletableFuture.runAsync(() -> {
            closed = true;
            MessengerClient client = connection;
            connection = null;
            try {
                if (client == null) {
                    client = dialer.open(null);
                }
                client.logout();
            } catch (IOException e) {
                throw new ConnectionLostException(e.getMessage(), e);
            } finally {
                if (client != null) {
                    client.close();
                }
                worker.shutdown();
            }
        }, worker);
    }

    /**
     * Closes the connection without signing out; messages still in the outbox are not sent. Returns once a delivery
     * under way has reached the listener whole, and none follows: what keeps the listener's state (a cursor beside
     * the counts it moved) may then be closed.
     */
    @Override
    public void close() {
        MessengerClient client;
        synchronized (this) {
            closed = true;
            client = connection;
        }
        if (client != null) {
            client.close();
        }
        worker.shutdownNow();
        synchronized (delivery) {
            // entered only once the delivery under way, if any, has returned; every later one sees closed
        }
    }

    /** Makes a caught-up connection the current one, unless the session was closed while it opened. */
    private synchronized boolean adopt(MessengerClient client) {
        if (closed) {
            client.close();
            return false;
        }
        connection = client;
        return true;
    }

    private void connect() {
        nextAttempt = null;
        if (closed || status instanceof SessionStatus.SignedOut) {
            return;
        }
        Link opening = new Link();
        MessengerClient client = null;
        try {
            client = dialer.open(opening);
            if (options.allConversations()) {
                client.subscribeAll();
                if (idle) {
                    client.activity(true);
                }
            } else {
                client.subscribe();
            }
            catchUp(client, opening);
            if (!adopt(client)) {
                return;
            }
            link = opening;
            // failedAttempts counts on until this connection has lasted: see connectionClosed
            connectedMillis = clock.millis();
            everConnected = true;
            restartAnnounced = false;
            setStatus(new SessionStatus.Connected());
            sendPending();
        } catch (IOException | RuntimeException e) {
            // a lost connection, a refusal, or something nobody foresaw: this attempt is over, the next may work
            opening.abandon();
            if (link == opening) {
                // adopted before a listener failed: its close notice must not schedule a second attempt
                link = null;
                connection = null;
            }
            if (client != null) {
                client.close();
            }
            if (isSignInRefused(e)) {
                setStatus(new SessionStatus.SignedOut(e));
            } else {
                retryLater(e);
            }
        }
    }

    /** Pages of {@code sync} until the server has nothing more, then the pushes held meanwhile. */
    private void catchUp(MessengerClient client, Link opening) {
        if (currentCursor() == null && options.allConversations()) {
            listConversations(client);
        } else if (currentCursor() == null) {
            MessagePage newest = client.history(null, options.firstPage());
            synchronized (delivery) {
                if (closed) {
                    return;
                }
                listener.onNewest(newest);
                cursor = newest.messages().stream().mapToLong(Message::id).max().orElse(0);
            }
        }
        // once closed nothing is delivered, so the cursor stays put: a page that says there is more would come again
        do {
            syncToTheEnd(client);
        } while (!closed && !opening.release());
    }

    /** Every conversation of the user; the cursor is where the first page was read. */
    private void listConversations(MessengerClient client) {
        Results.ConversationList all = client.allConversations();
        synchronized (delivery) {
            if (closed) {
                return;
            }
            listener.onConversations(all.conversations());
            cursor = all.cursor();
        }
    }

    private void syncToTheEnd(MessengerClient client) {
        MessagePage page;
        do {
            page = options.allConversations()
                    ? client.syncAll(currentCursor(), ProtocolRules.SYNC_MAX_LIMIT)
                    : client.sync(currentCursor(), ProtocolRules.SYNC_MAX_LIMIT);
            deliver(page.messages(), page.eventsOrEmpty());
        } while (!closed && page.hasMore() && !(page.messages().isEmpty() && page.eventsOrEmpty().isEmpty()));
    }

    private void sendPending() {
        MessengerClient client = connection;
        while (client != null && sendRetry == null && !outbox.isEmpty()) {
            PendingSend next = outbox.peek();
            try {
                Message stored = next.conversation() == null
                        ? client.send(next.clientMsgId(), next.text(), next.fileId())
                        : client.send(next.conversation(), next.clientMsgId(), next.text(), next.fileId(),
                                next.replyTo());
                outbox.poll();
                refusedSends = 0;
                unavailableInARow = 0;
                next.result().complete(stored);
                listener.onSent(stored);
            } catch (ConnectionLostException e) {
                return;
            } catch (MessengerException e) {
                if (leftAfterUnavailable(client, e)) {
                    return;
                }
                Optional<Duration> wait = Retry.after(e, ++refusedSends, options.policy());
                if (wait.isPresent()) {
                    sendRetry = worker.schedule(guarded(() -> {
                        sendRetry = null;
                        sendPending();
                    }), wait.get().toMillis(), TimeUnit.MILLISECONDS);
                    return;
                }
                outbox.poll();
                refuse(next, e);
            }
        }
    }

    private void refuse(PendingSend send, Throwable why) {
        listener.onSendFailed(send.clientMsgId(), why);
        send.result().completeExceptionally(why);
    }

    /** A {@code sync} from the cursor proves the connection and the sign-in, and fills any gap there might be. */
    private void heartbeat() {
        MessengerClient client = connection;
        if (client == null) {
            return;
        }
        try {
            syncToTheEnd(client);
            unavailableInARow = 0;
        } catch (ConnectionLostException e) {
            // the connection's own close notice starts the reconnect
        } catch (MessengerException e) {
            if (isSignInRefused(e)) {
                setStatus(new SessionStatus.SignedOut(e));
                client.close();
            } else {
                leftAfterUnavailable(client, e);
            }
        }
    }

    /**
     * Counts an {@code UNAVAILABLE} answer (to sends and heartbeats) and, when {@link Retry#leave} says so, closes the
     * connection: its close notice starts the reconnect, which tries the next of the servers the address names.
     */
    private boolean leftAfterUnavailable(MessengerClient client, MessengerException refused) {
        if (refused.code() == ErrorCode.UNAVAILABLE) {
            unavailableInARow++;
        }
        if (!Retry.leave(client, refused, unavailableInARow)) {
            return false;
        }
        client.close();
        return true;
    }

    private void connectionClosed(Link closedLink, Throwable cause) {
        if (closed || closedLink != link) {
            return;
        }
        link = null;
        connection = null;
        droppedMillis = clock.millis();
        droppedWasStable = droppedMillis - connectedMillis >= STABLE.toMillis();
        if (droppedWasStable) {
            failedAttempts = 0;
        }
        closedLink.abandon();
        unavailableInARow = 0;
        if (sendRetry != null) {
            // a wait the old server asked for: the next connection sends at once
            sendRetry.cancel(false);
            sendRetry = null;
        }
        if (!(status instanceof SessionStatus.SignedOut)) {
            retryLater(cause != null ? cause : new ConnectionLostException("connection closed", null));
        }
    }

    /**
     * Connecting again is the only way on, so even a failure {@link Retry} calls final waits by the policy; a
     * {@code RATE_LIMITED} refusal waits the server's {@code retryAfter}.
     */
    private void retryLater(Throwable why) {
        failedAttempts++;
        // the short cap is for a server restarting (announced, or a connection that had lasted), not for one that drops
        // every connection at once
        boolean restart = everConnected && clock.millis() - droppedMillis < RECENT.toMillis()
                && (droppedWasStable || restartAnnounced);
        ReconnectPolicy policy = restart ? options.policy().cappedAt(options.recentCap()) : options.policy();
        Duration delay = Retry.after(why, failedAttempts, policy).orElseGet(() -> policy.delay(failedAttempts));
        setStatus(new SessionStatus.Waiting(why, clock.instant().plus(delay), failedAttempts, restartAnnounced,
                everConnected));
        nextAttempt = worker.schedule(guarded(this::connect), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(List<Message> messages) {
        deliver(messages, List.of());
    }

    /**
     * Hands both lists (each ascending) to the listener merged in id order, in runs of one kind, and moves the
     * cursor past them; what is at or below the cursor was delivered before.
     */
    private void deliver(List<Message> messages, List<ConversationEvent> events) {
        synchronized (delivery) {
            if (closed) {
                return;
            }
            long after = cursor == null ? 0 : cursor;
            int m = 0;
            int e = 0;
            while (m < messages.size() || e < events.size()) {
                if (e == events.size() || m < messages.size() && messages.get(m).id() < events.get(e).id()) {
                    int from = m;
                    while (m < messages.size() && (e == events.size() || messages.get(m).id() < events.get(e).id())) {
                        m++;
                    }
                    after = deliverMessages(messages.subList(from, m), after);
                } else {
                    int from = e;
                    while (e < events.size() && (m == messages.size() || events.get(e).id() < messages.get(m).id())) {
                        e++;
                    }
                    after = deliverEvents(events.subList(from, e), after);
                }
            }
        }
    }

    private long deliverMessages(List<Message> run, long after) {
        List<Message> fresh = run.stream().filter(message -> message.id() > after).toList();
        if (fresh.isEmpty()) {
            return after;
        }
        listener.onMessages(fresh);
        cursor = fresh.get(fresh.size() - 1).id();
        return cursor;
    }

    private long deliverEvents(List<ConversationEvent> run, long after) {
        List<ConversationEvent> fresh = run.stream().filter(event -> event.id() > after).toList();
        if (fresh.isEmpty()) {
            return after;
        }
        listener.onEvents(fresh);
        cursor = fresh.get(fresh.size() - 1).id();
        return cursor;
    }

    private Long currentCursor() {
        synchronized (delivery) {
            return cursor;
        }
    }

    private void setStatus(SessionStatus next) {
        status = next;
        listener.onStatus(next);
    }

    private static boolean isSignInRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MessengerException refused) {
                return refused.code() == ErrorCode.AUTH_FAILED || refused.code() == ErrorCode.UNAUTHENTICATED;
            }
        }
        return false;
    }

    /** Queues work on the session thread; after close there is nothing left to do, so it is dropped. */
    private void run(Runnable task) {
        try {
            worker.execute(guarded(task));
        } catch (RejectedExecutionException afterClose) {
            // the session is closed: its connection and pending work are gone with it
        }
    }

    /** An executor keeps a task's exception in a future nobody reads; this hands it to the listener. */
    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                if (!closed) {
                    listener.onUnexpected(e);
                }
            }
        };
    }

    private record PendingSend(Long conversation, String clientMsgId, String text, Long fileId, Long replyTo,
                               CompletableFuture<Message> result) {
    }

    /**
     * One connection's pushes: held while its catch-up runs (applied first, a push would move the cursor past
     * messages the sync has not delivered yet), then delivered as they come; ignored once the connection is
     * abandoned, so a late push of an old connection never jumps the cursor.
     */
    private final class Link implements PushListener {

        /** Guarded by {@link #delivery}; null once released. */
        private List<Message> held = new ArrayList<>();
        private List<ConversationEvent> heldEvents = new ArrayList<>();
        private boolean overflowed;
        private boolean abandoned;

        @Override
        public void onMessage(Message message) {
            synchronized (delivery) {
                if (abandoned) {
                    return;
                }
                if (held == null) {
                    deliver(List.of(message));
                } else if (held.size() + heldEvents.size() < HELD_PUSHES) {
                    held.add(message);
                } else {
                    overflow();
                }
            }
        }

        @Override
        public void onEvent(ConversationEvent event) {
            synchronized (delivery) {
                if (abandoned) {
                    return;
                }
                if (held == null) {
                    deliver(List.of(), List.of(event));
                } else if (held.size() + heldEvents.size() < HELD_PUSHES) {
                    heldEvents.add(event);
                } else {
                    overflow();
                }
            }
        }

        private void overflow() {
            held.clear();
            heldEvents.clear();
            overflowed = true;
        }

        @Override
        public void onTyping(Pushes.TypingPush typing) {
            listener.onTyping(typing);
        }

        @Override
        public void onPresence(Presence presence) {
            listener.onPresence(presence);
        }

        @Override
        public void onOtherPush(Frame frame) {
            if (Pushes.Shutdown.TYPE.equals(frame.type())) {
                restartAnnounced = true;
            }
            listener.onOtherPush(frame);
        }

        @Override
        public void onClosed(Throwable cause) {
            run(() -> connectionClosed(this, cause));
        }

        /** Lets the held pushes through; false when some were dropped, so the catch-up must sync once more. */
        boolean release() {
            synchronized (delivery) {
                if (overflowed) {
                    overflowed = false;
                    return false;
                }
                List<Message> waiting = held;
                List<ConversationEvent> waitingEvents = heldEvents;
                held = null;
                heldEvents = null;
                deliver(waiting, waitingEvents);
                return true;
            }
        }

        void abandon() {
            synchronized (delivery) {
                abandoned = true;
                held = null;
                heldEvents = null;
            }
        }
    }
}
