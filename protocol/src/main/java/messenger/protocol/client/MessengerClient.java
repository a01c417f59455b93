package messenger.protocol.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import messenger.protocol.Json;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Sha256;

/**
 * The one Java client of protocol v1. One instance is one TCP connection: requests may be issued from any
 * thread, replies are matched to requests by id, pushes go to the {@link PushListener}. Blocking methods
 * throw {@link MessengerException} for an {@code error} reply and {@link ConnectionLostException} when the
 * connection fails; {@link #call} is the asynchronous form underneath them.
 */
public final class MessengerClient implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Where this process starts in a list of servers: at random, so that clients (each CLI command a process of its
     * own, each desktop client opening the same connections in the same order) do not all begin on the first one.
     */
    private static final AtomicInteger NEXT_SERVER = new AtomicInteger(ThreadLocalRandom.current().nextInt());
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int IO_BUFFER = 64 * 1024;
    /** Servers close connections that stay silent (five minutes by default); a ping well before that keeps them. */
    private static final Duration KEEPALIVE_INTERVAL = Duration.ofSeconds(60);
    private static final ScheduledExecutorService KEEPALIVE = daemonScheduler("messenger-keepalive");
    /**
     * Closes a connection whose write has not moved for a reply timeout. Not the keepalive thread: a ping of its own
     * can be the write that is stuck.
     */
    private static final ScheduledExecutorService WRITE_WATCH = daemonScheduler("messenger-write-watch");

    private final Socket socket;
    /** The TCP connection under {@link #socket}: the same socket without TLS. */
    private final Socket tcp;
    private final boolean oneOfSeveral;
    private final DataInputStream in;
    private final OutputStream out;
    private final Map<Long, CompletableFuture<Frame>> pending = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();
    private final Duration timeout;
    private final Thread reader;
    private final ScheduledFuture<?> keepalive;
    private volatile long lastSentNanos = System.nanoTime();
    /** When the write in progress last handed bytes to the socket; written under {@link #writeLock}. */
    private volatile long lastWrittenNanos;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile PushListener listener;
    private volatile FrameLimits limits = FrameLimits.DEFAULT;
    private volatile ConnectionLostException closed;

    private MessengerClient(Socket socket, Socket tcp, boolean oneOfSeveral, PushListener listener,
                            Duration timeout) throws IOException {
        this.socket = socket;
        this.tcp = tcp;
        this.oneOfSeveral = oneOfSeveral;
        this.listener = listener;
        this.timeout = timeout;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), IO_BUFFER));
        this.out = new BufferedOutputStream(socket.getOutputStream(), IO_BUFFER);
        this.reader = new Thread(this::readLoop, "messenger-reader-" + socket.getLocalPort());
        this.reader.setDaemon(true);
        long interval = KEEPALIVE_INTERVAL.toMillis();
        this.keepalive = KEEPALIVE.scheduleAtFixedRate(this::keepAlive, interval, interval, TimeUnit.MILLISECONDS);
        this.reader.start();
    }

    /** Cancelled tasks leave its queue at once: a watch is cancelled after each write, long before it would run. */
    private static ScheduledExecutorService daemonScheduler(String name) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    public static MessengerClient connect(String host, int port) throws IOException {
        return connect(host, port, null, DEFAULT_TIMEOUT);
    }

    public static MessengerClient connect(String host, int port, PushListener listener, Duration timeout)
            throws IOException {
        return connect(host, port, Tls.none(), listener, timeout);
    }

    /**
     * Connects over TLS when {@code tls} says so; a certificate that fails the checks ends in an IOException.
     * {@code timeout} bounds each reply and also the TLS handshake.
     */
    public static MessengerClient connect(String host, int port, Tls tls, PushListener listener, Duration timeout)
            throws IOException {
        return connect(host, port, false, tls, listener, timeout);
    }

    /** {@code listed}: the server is one of a list, so there are others whatever the host name resolves to. */
    private static MessengerClient connect(String host, int port, boolean listed, Tls tls, PushListener listener,
                                           Duration timeout) throws IOException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        Socket socket = connectToAnyOf(addresses, port);
        try {
            return new MessengerClient(tls.enabled() ? tls.wrap(socket, host, port, timeout) : socket, socket,
                    listed || addresses.length > 1, listener, timeout);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Connects to one of the servers {@code address} names (several for a cluster), trying them in turn, starting
     * one further along at each connection, so that clients spread over the servers and pass over one that is down.
     */
    public static MessengerClient connect(ServerAddress address, Tls tls, PushListener listener, Duration timeout)
            throws IOException {
        List<ServerAddress> servers = address.all();
        int first = Math.floorMod(NEXT_SERVER.getAndIncrement(), servers.size());
        IOException failure = null;
        for (int i = 0; i < servers.size(); i++) {
            ServerAddress server = servers.get((first + i) % servers.size());
            try {
                return connect(server.host(), server.port(), servers.size() > 1, tls, listener, timeout);
            } catch (IOException e) {
                if (failure != null) {
                    e.addSuppressed(failure);
                }
                failure = e;
            }
        }
        throw failure;
    }

    /**
     * A host name with several addresses (the servers of a cluster behind one name) is tried address by address,
     * from one drawn at random for each connection, so that clients spread over the servers and one that has gone
     * down is passed over. Not a counter shared with {@link #NEXT_SERVER}: two counters stepping together would
     * pair each name of a list with the same few of its addresses.
     */
    private static Socket connectToAnyOf(InetAddress[] addresses, int port) throws IOException {
        int first = ThreadLocalRandom.current().nextInt(addresses.length);
        IOException failure = null;
        for (int i = 0; i < addresses.length; i++) {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(addresses[(first + i) % addresses.length], port),
                        CONNECT_TIMEOUT_MILLIS);
                return socket;
            } catch (IOException e) {
                socket.close();
                if (failure != null) {
                    e.addSuppressed(failure);
                }
                failure = e;
            }
        }
        throw failure;
    }

    public void setPushListener(PushListener listener) {
        this.listener = listener;
    }

    /** Frame limits of the server, as learnt from {@link #hello()} (the defaults before). */
    public FrameLimits limits() {
        return limits;
    }

    public boolean isOpen() {
        return closed == null;
    }

    /**
     * Whether the address this connection was made to names other servers too (a list, or a name with several
     * addresses): somewhere else to go when this one cannot serve.
     */
    public boolean oneOfSeveralServers() {
        return oneOfSeveral;
    }

    // ---- typed requests -------------------------------------------------------------------------------

    public Results.Hello hello() {
        Results.Hello hello = result(request(Requests.Hello.TYPE,
                new Requests.Hello(ProtocolRules.VERSION, "messenger-java")), Results.Hello.class);
        limits = new FrameLimits(hello.maxHeader(), hello.maxPayload());
        return hello;
    }

    public void register(String login, String password) {
        request(Requests.Register.TYPE, new Requests.Register(login, password));
    }

    public Results.Login login(String login, String password, String device) {
        return result(request(Requests.Login.TYPE, new Requests.Login(login, password, device)), Results.Login.class);
    }

    /** Authenticates this connection with a device token; returns the login it belongs to. */
    public String resume(String token) {
        return result(request(Requests.Resume.TYPE, new Requests.Resume(token)), Results.Resumed.class).login();
    }

    public void logout() {
        request(Requests.Logout.TYPE, null);
    }

    public Instant ping() {
        return Instant.parse(result(request(Requests.Ping.TYPE, null), Results.Pong.class).time());
    }

    public Message send(String clientMsgId, String text, Long fileId) {
        return result(request(Requests.Send.TYPE, new Requests.Send(clientMsgId, text, fileId)),
                Results.Sent.class).message();
    }

    public Results.MessagePage history(Long before, int limit) {
        return result(request(Requests.History.TYPE, new Requests.History(before, limit)), Results.MessagePage.class);
    }

    public Results.MessagePage sync(long after, int limit) {
        return result(request(Requests.Sync.TYPE, new Requests.Sync(after, limit)), Results.MessagePage.class);
    }

    public void subscribe() {
        request(Requests.Subscribe.TYPE, null);
    }

    // ---- conversations ------------------------------------------------------------------------------

    public Message send(long conversation, String clientMsgId, String text, Long fileId) {
        return result(request(Requests.Send.TYPE, new Requests.Send(clientMsgId, text, fileId, conversation)),
                Results.Sent.class).message();
    }

    public Results.MessagePage history(long conversation, Long before, int limit) {
        return result(request(Requests.History.TYPE, new Requests.History(before, limit, conversation)),
                Results.MessagePage.class);
    }

    /** Messages of every conversation of the user and the changes to them, after {@code after}. */
    public Results.MessagePage syncAll(long after, int limit) {
        return result(request(Requests.Sync.TYPE, new Requests.Sync(after, limit, true)), Results.MessagePage.class);
    }

    /** Pushes of every conversation of the user, and {@code event} pushes of their changes. */
    public void subscribeAll() {
        request(Requests.Subscribe.TYPE, new Requests.Subscribe(true));
    }

    public Results.ConversationList conversations(Long after, int limit) {
        return result(request(Requests.Conversations.TYPE, new Requests.Conversations(after, limit)),
                Results.ConversationList.class);
    }

    /**
     * Every conversation of the user, all pages in one list, with the cursor of the first page: where to follow
     * everything from ({@code subscribeAll} first, then this, then {@code syncAll} from the cursor).
     */
    public Results.ConversationList allConversations() {
        Results.ConversationList page = conversations(null, ProtocolRules.CONVERSATIONS_MAX_LIMIT);
        long cursor = page.cursor();
        List<Conversation> all = new ArrayList<>(page.conversations());
        while (page.hasMore() && !page.conversations().isEmpty()) {
            page = conversations(all.get(all.size() - 1).id(), ProtocolRules.CONVERSATIONS_MAX_LIMIT);
            all.addAll(page.conversations());
        }
        return new Results.ConversationList(all, false, cursor);
    }

    public Conversation conversation(long conversation) {
        return conversationResult(Requests.ConversationInfo.TYPE, new Requests.ConversationInfo(conversation));
    }

    public Conversation createRoom(String name, String topic, String visibility) {
        return conversationResult(Requests.RoomCreate.TYPE, new Requests.RoomCreate(name, topic, visibility));
    }

    public Conversation joinRoom(long conversation) {
        return conversationResult(Requests.RoomJoin.TYPE, new Requests.RoomJoin(conversation));
    }

    public void invite(long conversation, String login) {
        request(Requests.RoomInvite.TYPE, new Requests.RoomInvite(conversation, login));
    }

    public void removeMember(long conversation, String login) {
        request(Requests.RoomRemove.TYPE, new Requests.RoomRemove(conversation, login));
    }

    public void leave(long conversation) {
        request(Requests.RoomLeave.TYPE, new Requests.RoomLeave(conversation));
    }

    /** Changes a room's name and/or topic (null leaves it as it is; an empty topic clears it). */
    public Conversation updateRoom(long conversation, String name, String topic) {
        return conversationResult(Requests.RoomUpdate.TYPE, new Requests.RoomUpdate(conversation, name, topic));
    }

    public void setRole(long conversation, String login, String role) {
        request(Requests.RoomRole.TYPE, new Requests.RoomRole(conversation, login, role));
    }

    public Results.RoomPage browseRooms(String prefix, Long after, int limit) {
        return result(request(Requests.RoomsBrowse.TYPE, new Requests.RoomsBrowse(prefix, after, limit)),
                Results.RoomPage.class);
    }

    public List<String> findUsers(String prefix, int limit) {
        return result(request(Requests.UsersFind.TYPE, new Requests.UsersFind(prefix, limit)), Results.Logins.class)
                .logins();
    }

    /** The direct conversation with {@code login}, created on first use. */
    public Conversation openDirect(String login) {
        return conversationResult(Requests.DirectOpen.TYPE, new Requests.DirectOpen(login));
    }

    public Results.MemberPage members(long conversation, String after, int limit) {
        return result(request(Requests.Members.TYPE, new Requests.Members(conversation, after, limit)),
                Results.MemberPage.class);
    }

    /** Moves this user's read marker forward to {@code upTo}; returns where it stands. */
    public long markRead(long conversation, long upTo) {
        return result(request(Requests.Read.TYPE, new Requests.Read(conversation, upTo)), Results.ReadMarker.class)
                .readUpTo();
    }

    // ---- live conversation ---------------------------------------------------------------------------

    /** A message of {@code conversation} answering {@code replyTo} (null: none). */
    public Message send(long conversation, String clientMsgId, String text, Long fileId, Long replyTo) {
        return result(request(Requests.Send.TYPE,
                new Requests.Send(clientMsgId, text, fileId, conversation, replyTo)), Results.Sent.class).message();
    }

    /** About {@code limit} messages of {@code conversation} centred on message {@code around}, ascending. */
    public Results.MessagePage historyAround(long conversation, long around, int limit) {
        return result(request(Requests.History.TYPE, new Requests.History(null, limit, conversation, around)),
                Results.MessagePage.class);
    }

    public Message editMessage(long message, String text) {
        return result(request(Requests.MessageEdit.TYPE, new Requests.MessageEdit(message, text)),
                Results.Sent.class).message();
    }

    public void deleteMessage(long message) {
        request(Requests.MessageDelete.TYPE, new Requests.MessageDelete(message));
    }

    /** Every earlier text of a message, oldest first, read a page at a time. */
    public List<Results.Version> versions(long message) {
        List<Results.Version> versions = new ArrayList<>();
        Results.Versions page = versions(message, null, null);
        versions.addAll(page.versions());
        while (page.hasMore() && !page.versions().isEmpty()) {
            page = versions(message, page.versions().get(0).id(), null);
            versions.addAll(0, page.versions());
        }
        return versions;
    }

    /** The newest earlier texts of a message with id &lt; {@code before} (all when null) that fit, oldest first. */
    public Results.Versions versions(long message, Long before, Integer limit) {
        return result(request(Requests.MessageVersions.TYPE, new Requests.MessageVersions(message, before, limit)),
                Results.Versions.class);
    }

    public void react(long message, String emoji) {
        request(Requests.ReactionAdd.TYPE, new Requests.ReactionAdd(message, emoji));
    }

    public void unreact(long message, String emoji) {
        request(Requests.ReactionRemove.TYPE, new Requests.ReactionRemove(message, emoji));
    }

    /** Tells the other members this user is typing in {@code conversation}. */
    public void typing(long conversation) {
        request(Requests.Typing.TYPE, new Requests.Typing(conversation));
    }

    /** Marks this connection idle (the user stepped away) or in use again. */
    public void activity(boolean idle) {
        request(Requests.Activity.TYPE, new Requests.Activity(idle));
    }

    public List<Presence> presence(List<String> logins) {
        return result(request(Requests.PresenceQuery.TYPE, new Requests.PresenceQuery(logins)),
                Results.Presences.class).users();
    }

    /** Reads the account's settings, changing those given (null: leave as it is). */
    public Results.Settings settings(Boolean receipts) {
        return result(request(Requests.Settings.TYPE, new Requests.Settings(receipts)), Results.Settings.class);
    }

    /** {@code level}: {@code all}, {@code mentions} or {@code none}. */
    public void setNotifications(long conversation, String level) {
        request(Requests.ConversationNotifications.TYPE, new Requests.ConversationNotifications(conversation, level));
    }

    /** The other members' read markers, where the conversation shares them. */
    /** One page of messages the user may read that match {@code search} (see docs/protocol.md, "Search"). */
    public Results.SearchPage search(Requests.Search search) {
        return result(request(Requests.Search.TYPE, search), Results.SearchPage.class);
    }

    public List<Results.Receipt> receipts(long conversation) {
        return result(request(Requests.Receipts.TYPE, new Requests.Receipts(conversation)), Results.Receipts.class)
                .receipts();
    }

    private Conversation conversationResult(String type, Object body) {
        return result(request(type, body), Results.ConversationResult.class).conversation();
    }

    public Results.UploadOffset uploadStart(String name, long size, String sha256) {
        return result(request(Requests.UploadStart.TYPE, new Requests.UploadStart(name, size, sha256)),
                Results.UploadOffset.class);
    }

    public long uploadChunk(long uploadId, long offset, byte[] bytes) {
        return result(await(call(Requests.UploadChunk.TYPE, new Requests.UploadChunk(uploadId, offset), bytes)),
                Results.ChunkAccepted.class).offset();
    }

    /** The file, when the server holds the same bytes and the proof holds; null when the upload must go on. */
    public FileInfo uploadProve(long uploadId, String proof) {
        return result(request(Requests.UploadProve.TYPE, new Requests.UploadProve(uploadId, proof)),
                Results.File.class).file();
    }

    public FileInfo uploadFinish(long uploadId) {
        return result(request(Requests.UploadFinish.TYPE, new Requests.UploadFinish(uploadId)), Results.File.class)
                .file();
    }

    public FileInfo fileInfo(long fileId) {
        return result(request(Requests.FileInfoRequest.TYPE, new Requests.FileInfoRequest(fileId)),
                Results.File.class).file();
    }

    /** Uploads a file in pipelined chunks, resuming an unfinished upload of the same bytes. */
    public FileInfo upload(Path file, String name, TransferListener progress) throws IOException {
        return upload(file, name, Sha256.of(file, progress::cancelled), progress);
    }

    /**
     * As {@link #upload(Path, String, TransferListener)}, with the file's SHA-256 already known: a caller that
     * resumes after a lost connection reads the whole file once, not at every attempt.
     */
    public FileInfo upload(Path file, String name, String sha256, TransferListener progress) throws IOException {
        return FileTransfer.upload(this, file, name, sha256, progress);
    }

    /**
     * Downloads a file into {@code target} with pipelined reads and checks its SHA-256. Bytes already in
     * {@code target} are kept and the download goes on after them (resume).
     */
    public FileInfo download(long fileId, Path target, TransferListener progress) throws IOException {
        return FileTransfer.download(this, fileId, target, progress);
    }

    // ---- generic requests -----------------------------------------------------------------------------

    /** Sends a request and waits for its {@code ok} reply. */
    public Frame request(String type, Object body) {
        return await(call(type, body, null));
    }

    /**
     * Sends a request without waiting. The future completes with the {@code ok} frame, or exceptionally with
     * {@link MessengerException} or {@link ConnectionLostException}.
     */
    public CompletableFuture<Frame> call(String type, Object body, byte[] payload) {
        long id = lastId.incrementAndGet();
        JsonObject header = Json.object(type, body);
        header.addProperty("id", id);
        CompletableFuture<Frame> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ConnectionLostException alreadyClosed = closed;
        if (alreadyClosed != null) {
            pending.remove(id);
            reply.completeExceptionally(alreadyClosed);
            return reply;
        }
        lastSentNanos = System.nanoTime();
        try {
            byte[] bytes = FrameCodec.encode(new Frame(header, payload));
            writeLock.lock();
            try {
                write(bytes, type);
            } finally {
                writeLock.unlock();
            }
        } catch (IOException e) {
            fail(new ConnectionLostException("could not send " + type + ": " + e.getMessage(), e));
        }
        return reply;
    }

    /**
     * Writes one frame, watched: a peer that has vanished stops taking bytes, and without the watch the write would
     * wait for the kernel to give up on it (about a quarter of an hour). When no bytes have moved for this client's
     * reply timeout the watch closes the connection, the write fails, and the caller sees a lost connection, as for
     * a missing reply. A write that is slow but moving goes on: the bytes go out a buffer at a time, each one
     * progress.
     */
    private void write(byte[] bytes, String type) throws IOException {
        lastWrittenNanos = System.nanoTime();
        WriteWatch watch = new WriteWatch(type);
        try {
            for (int offset = 0; offset < bytes.length; offset += IO_BUFFER) {
                out.write(bytes, offset, Math.min(IO_BUFFER, bytes.length - offset));
                lastWrittenNanos = System.nanoTime();
            }
            out.flush();
        } finally {
            watch.finished();
        }
    }

    /** Runs on {@link #WRITE_WATCH}: looks again at the end of each timeout since bytes last moved. */
    private final class WriteWatch implements Runnable {
        private final String type;
        private volatile boolean finished;
        private volatile ScheduledFuture<?> next;

        WriteWatch(String type) {
            this.type = type;
            next = WRITE_WATCH.schedule(this, timeout.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void run() {
            if (finished) {
                return;
            }
            long still = System.nanoTime() - lastWrittenNanos;
            if (still < timeout.toNanos()) {
                next = WRITE_WATCH.schedule(this, timeout.toNanos() - still, TimeUnit.NANOSECONDS);
                return;
            }
            fail(new ConnectionLostException("could not send " + type + ": the server took no bytes for "
                    + timeout.toSeconds() + " s", null), true);
        }

        void finished() {
            finished = true;
            next.cancel(false);
        }
    }

    /** Waits for a reply within this client's timeout; a missing reply means the connection is broken. */
    public Frame await(CompletableFuture<Frame> reply) {
        if (Thread.currentThread() == reader) {
            throw new IllegalStateException("a push listener must not wait for a reply on its own connection");
        }
        try {
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ConnectionLostException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            ConnectionLostException lost = new ConnectionLostException("no reply within " + timeout.toSeconds() + " s", e);
            fail(lost);
            throw lost;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a reply");
        }
    }

    public static <T> T result(Frame frame, Class<T> type) {
        return Json.GSON.fromJson(frame.header(), type);
    }

    /**
     * Runs the first requests of a fresh connection ({@code hello}, {@code resume}) and returns this client;
     * when they fail the connection is closed before the failure is rethrown, so a half-open one never leaks.
     */
    public MessengerClient openedWith(Consumer<MessengerClient> firstRequests) {
        try {
            firstRequests.accept(this);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        fail(null);
    }

    /**
     * On the one thread that pings for every client, which must never wait behind another thread's write
     * that is stuck: a connection busy writing needs no ping anyway.
     */
    private void keepAlive() {
        if (!writeLock.tryLock()) {
            return;
        }
        try {
            if (System.nanoTime() - lastSentNanos >= KEEPALIVE_INTERVAL.toNanos()) {
                call(Requests.Ping.TYPE, null, null);
            }
        } finally {
            writeLock.unlock();
        }
    }

    // ---- reading ------------------------------------------------------------------------------------

    private void readLoop() {
        try {
            while (true) {
                dispatch(FrameCodec.read(in, limits));
            }
        } catch (Exception e) {
            fail(new ConnectionLostException("connection lost: " + why(e), e));
        }
    }

    /** Why reading stopped, in words: the end of the stream, a clean close by the server, has no message. */
    private static String why(Exception e) {
        if (e instanceof EOFException) {
            return "the server closed the connection";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private void dispatch(Frame frame) {
        boolean isError = "error".equals(frame.type());
        long re = frame.re();
        if (re > 0) {
            CompletableFuture<Frame> reply = pending.remove(re);
            if (reply != null) {
                if (isError) {
                    reply.completeExceptionally(toException(frame.header()));
                } else {
                    reply.complete(frame);
                }
            }
            return;
        }
        if (isError) {
            MessengerException error = toException(frame.header());
            fail(new ConnectionLostException("server closed the connection: " + error, error));
            return;
        }
        PushListener current = listener;
        if (current == null) {
            return;
        }
        if (Pushes.MessagePush.TYPE.equals(frame.type())) {
            current.onMessage(result(frame, Pushes.MessagePush.class).message());
        } else if (Pushes.EventPush.TYPE.equals(frame.type())) {
            current.onEvent(result(frame, Pushes.EventPush.class).event());
        } else if (Pushes.TypingPush.TYPE.equals(frame.type())) {
            current.onTyping(result(frame, Pushes.TypingPush.class));
        } else if (Pushes.PresencePush.TYPE.equals(frame.type())) {
            current.onPresence(result(frame, Pushes.PresencePush.class).presence());
        } else {
            current.onOtherPush(frame);
        }
    }

    private static MessengerException toException(JsonObject header) {
        JsonElement code = header.get("code");
        JsonElement message = header.get("message");
        return new MessengerException(
                code == null ? ErrorCode.INTERNAL : ErrorCode.parse(code.getAsString()),
                message == null ? "" : message.getAsString(),
                header);
    }

    /** Closes once: fails every request in flight and tells the listener. A null cause means a normal close. */
    private void fail(ConnectionLostException cause) {
        fail(cause, false);
    }

    /**
     * {@code writeStuck}: the TCP socket is closed first, as closing a TLS socket would wait for the stuck write to
     * end, to send its close_notify after it.
     */
    private void fail(ConnectionLostException cause, boolean writeStuck) {
        ConnectionLostException reason = cause != null ? cause : new ConnectionLostException("connection closed", null);
        synchronized (this) {
            if (closed != null) {
                return;
            }
            closed = reason;
        }
        keepalive.cancel(false);
        if (writeStuck) {
            closeQuietly(tcp);
        }
        closeQuietly(socket);
        pending.values().forEach(reply -> reply.completeExceptionally(reason));
        pending.clear();
        PushListener current = listener;
        if (current != null) {
            current.onClosed(cause);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the socket is being discarded; nothing useful can be done with a failure to close it
        }
    }
}
