package messenger.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import messenger.protocol.Message;
import messenger.protocol.Results;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.Retry;

/**
 * Follows the chat for {@code tail}: subscribe, then sync from the cursor (the highest id printed), then
 * print pushes. A message that arrives both by sync and by push is printed once, because only ids above the
 * cursor are printed and both arrive in id order. When the connection drops it reconnects after the pauses
 * of its {@link ReconnectPolicy} (or the server's {@code retryAfter}) and syncs the gap. Pushes come in on the
 * connection's reader thread and wait in a bounded queue; requests and printing happen on the thread that
 * called {@link #run}.
 */
final class ChatFollower {

    private static final int RECENT = 10;
    private static final int SYNC_PAGE = 1000;
    /**
     * A full queue stops the reader thread, so the server's limit on unsent pushes ends the connection; the
     * reconnect's sync repairs the rest. Memory stays bounded however fast messages come.
     */
    private static final int QUEUE_CAPACITY = 10_000;
    /** After this long without news a sync proves that the connection and the sign-in still work. */
    private static final Duration QUIET_CHECK = Duration.ofSeconds(30);
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(20);
    private static final ReconnectPolicy RECONNECTS =
            new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final Endpoint server;
    private final Config config;
    private final MessagePrinter printer;
    private final PrintWriter err;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private volatile boolean stopping;
    private volatile MessengerClient client;
    private Long cursor;

    ChatFollower(Endpoint server, Config config, MessagePrinter printer, PrintWriter err) {
        this.server = server;
        this.config = config;
        this.printer = printer;
        this.err = err;
    }

    /**
     * Follows until {@link #stop} or until stdout is closed, and returns 0 then. Starts with the messages after
     * {@code after}, or with the last few when it is null. Fails at once when the first connection does;
     * later only a refused sign-in or a non-transient error ends it.
     */
    int run(Long after) throws InterruptedException {
        cursor = after;
        boolean connectedOnce = false;
        boolean reconnecting = false;
        int failures = 0;
        while (!stopping) {
            Connection connection = new Connection();
            try {
                client = Connector.openSignedIn(server, config, connection, REPLY_TIMEOUT);
                if (stopping) {
                    break;
                }
                client.subscribe();
                if (cursor == null) {
                    showRecent();
                }
                catchUp();
                if (reconnecting) {
                    err.println(ErrorReporter.PREFIX + "reconnected to " + server);
                }
                connectedOnce = true;
                reconnecting = false;
                failures = 0;
                follow(connection);
            } catch (RuntimeException e) {
                Failure failure = Failure.of(e);
                if (stopping) {
                    break;
                }
                Optional<Duration> pause = Retry.after(e instanceof CliException && e.getCause() != null
                        ? e.getCause() : e, ++failures, RECONNECTS);
                if (!connectedOnce || pause.isEmpty()) {
                    throw e;
                }
                long seconds = Math.max(1, Math.round(pause.get().toMillis() / 1000.0));
                err.println(ErrorReporter.PREFIX + failure.oneLine() + "; reconnecting in " + seconds + " s");
                reconnecting = true;
                waitUnlessStopped(pause.get());
            } finally {
                MessengerClient current = client;
                if (current != null) {
                    current.close();
                }
            }
        }
        return ExitCodes.OK;
    }

    /** Called from a signal handler's thread: ends {@link #run} soon, also when it waits for a reply. */
    void stop() {
        stopping = true;
        events.offer(new Stop());
        MessengerClient current = client;
        if (current != null) {
            current.close();
        }
    }

    private void showRecent() {
        cursor = 0L;
        client.history(null, RECENT).messages().forEach(this::show);
    }

    private void catchUp() {
        Results.MessagePage page;
        do {
            page = client.sync(cursor, SYNC_PAGE);
            page.messages().forEach(this::show);
        } while (page.hasMore() && !page.messages().isEmpty() && !stopping);
    }

    private void follow(Connection connection) throws InterruptedException {
        while (!stopping) {
            Event event = events.poll(QUIET_CHECK.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                catchUp();
            } else if (event instanceof Pushed pushed && pushed.source() == connection) {
                show(pushed.message());
            } else if (event instanceof Lost lost && lost.source() == connection) {
                throw lost.cause() instanceof RuntimeException broken ? broken
                        : new ConnectionLostException("connection closed", lost.cause());
            }
        }
    }

    private void show(Message message) {
        if (stopping || message.id() <= cursor) {
            return;
        }
        printer.print(message);
        cursor = message.id();
        if (printer.outputClosed()) {
            stopping = true;
        }
    }

    /** Waits out a pause between connections; what the dropped connection still delivers is not needed. */
    private void waitUnlessStopped(Duration pause) throws InterruptedException {
        long deadline = System.nanoTime() + pause.toNanos();
        long left = pause.toNanos();
        while (!stopping && left > 0) {
            events.poll(left, TimeUnit.NANOSECONDS);
            left = deadline - System.nanoTime();
        }
    }

    private sealed interface Event permits Pushed, Lost, Stop {
    }

    private record Pushed(Connection source, Message message) implements Event {
    }

    private record Lost(Connection source, Throwable cause) implements Event {
    }

    private record Stop() implements Event {
    }

    /** One connection's pushes and end, handed to the thread of {@link #run}. */
    private final class Connection implements PushListener {

        @Override
        public void onMessage(Message message) {
            try {
                events.put(new Pushed(this, message));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onClosed(Throwable cause) {
            // offer, not put: this may run on the signal handler's thread, which must never block
            events.offer(new Lost(this, cause));
        }
    }
}
