package messenger.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import messenger.protocol.Message;
import messenger.protocol.client.SessionListener;
import messenger.protocol.client.SessionStatus;

/**
 * What {@code tail} makes of its chat session: every message it delivers printed, each reconnect announced on
 * stderr. The tail ends on a signal, when stdout is closed, when the first connection fails, or when the server no
 * longer accepts the stored sign-in; {@link #awaitEnd} says which.
 */
final class TailFeed implements SessionListener {

    private final Endpoint server;
    private final String login;
    private final MessagePrinter printer;
    private final PrintWriter err;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Throwable failure;
    private volatile boolean stopping;
    private boolean reconnecting;

    TailFeed(Endpoint server, String login, MessagePrinter printer, PrintWriter err) {
        this.server = server;
        this.login = login;
        this.printer = printer;
        this.err = err;
    }

    @Override
    public void onMessages(List<Message> messages) {
        for (Message message : messages) {
            if (stopping) {
                return;
            }
            printer.print(message);
            if (printer.outputClosed()) {
                stop();
            }
        }
    }

    @Override
    public void onStatus(SessionStatus status) {
        if (status instanceof SessionStatus.Waiting waiting) {
            if (!waiting.connectedBefore()) {
                end(waiting.cause());
                return;
            }
            long seconds = Math.max(1, Math.round(Duration.between(Instant.now(), waiting.retryAt()).toMillis() / 1000.0));
            err.println(ErrorReporter.PREFIX + Failure.of(waiting.cause()).oneLine() + "; reconnecting in " + seconds + " s");
            reconnecting = true;
        } else if (status instanceof SessionStatus.Connected && reconnecting) {
            err.println(ErrorReporter.PREFIX + "reconnected to " + server);
            reconnecting = false;
        } else if (status instanceof SessionStatus.SignedOut signedOut) {
            end(signedOut.cause() instanceof CliException refused ? refused
                    : new CliException(ExitCodes.NOT_SIGNED_IN, server + " no longer accepts the stored sign-in of "
                    + login + "; run 'messenger-cli login " + login + "' again", signedOut.cause()));
        }
    }

    @Override
    public void onUnexpected(Throwable unexpected) {
        end(unexpected);
    }

    /** Ends the tail without an error; safe on a signal handler's thread, which must never block. */
    void stop() {
        stopping = true;
        ended.countDown();
    }

    /** Waits for the end: null after {@link #stop}, else what ended it. */
    Throwable awaitEnd() throws InterruptedException {
        ended.await();
        return failure;
    }

    private void end(Throwable why) {
        if (!stopping) {
            failure = why;
        }
        stop();
    }
}
