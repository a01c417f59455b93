package messenger.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongFunction;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.Pushes;
import messenger.protocol.client.SessionListener;
import messenger.protocol.client.SessionStatus;

/**
 * What {@code tail} makes of its chat session: every message it delivers of what it {@link Followed follows} printed
 * (and, for people, the changes to those conversations: members, names, edits, deletions, reactions; with
 * {@code live} also who is typing there and who comes and goes), each reconnect announced on stderr. The tail ends on a
 * signal, when stdout is closed or cannot be written, when the first connection fails, when a later one meets a
 * certificate it does not trust, when the server no longer accepts the stored sign-in, or when the user leaves the
 * one conversation followed; {@link #awaitEnd} says which.
 */
final class TailFeed implements SessionListener {

    private final Endpoint server;
    private final String login;
    private final MessagePrinter printer;
    private final Output out;
    private final Followed followed;
    private final PrintWriter err;
    private final boolean live;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Throwable failure;
    private volatile boolean stopping;
    private boolean reconnecting;
    private volatile LongFunction<Conversation> lookUp = id -> null;

    /** {@code printer} writes to {@code out}; {@code live}: typing and presence are lines too. */
    TailFeed(Endpoint server, String login, MessagePrinter printer, Output out, Followed followed, PrintWriter err,
             boolean live) {
        this.server = server;
        this.login = login;
        this.printer = printer;
        this.out = out;
        this.followed = followed;
        this.err = err;
        this.live = live;
    }

    /**
     * How to read a conversation the user was just added to, whose name no change carries (null when it cannot be
     * read: the lines show its #ID); it runs before the change is printed, so never on this session's connection.
     */
    void lookUpWith(LongFunction<Conversation> conversationInfo) {
        this.lookUp = conversationInfo;
    }

    @Override
    public void onMessages(List<Message> messages) {
        for (Message message : messages) {
            if (stopping) {
                return;
            }
            if (followed.shows(message)) {
                printer.print(message, followed.label(message.conversation()));
                endIfOutputFailed();
            }
        }
    }

    @Override
    public void onEvents(List<ConversationEvent> events) {
        for (ConversationEvent event : events) {
            if (stopping) {
                return;
            }
            followed.learn(event);
            if (followed.addsMe(event) && !followed.knows(event.conversation())) {
                Conversation added = lookUp.apply(event.conversation());
                if (added != null) {
                    followed.know(added);
                }
            }
            if (!followed.shows(event.conversation())) {
                continue;
            }
            printer.print(event, followed.label(event.conversation()));
            endIfOutputFailed();
            if (followed.followsOne() && followed.endsMembership(event)) {
                end(new CliException(ExitCodes.FORBIDDEN, "you are no longer a member of "
                        + followed.name(event.conversation()) + (ConversationEvent.REMOVED.equals(event.kind())
                        ? " (removed by " + MessagePrinter.printable(String.valueOf(event.by())) + ")" : "")));
            }
        }
    }

    @Override
    public void onTyping(Pushes.TypingPush typing) {
        if (live && !stopping && followed.shows(typing.conversation())) {
            printer.printTyping(typing.login(), followed.label(typing.conversation()), Instant.now());
            endIfOutputFailed();
        }
    }

    @Override
    public void onPresence(Presence presence) {
        if (live && !stopping) {
            printer.print(presence, Instant.now());
            endIfOutputFailed();
        }
    }

    /** A reader of stdout that went away ends the tail quietly; any other failed write ends it with an error. */
    private void endIfOutputFailed() {
        if (out.failed()) {
            CliException failure = out.failure();
            if (failure == null) {
                stop();
            } else {
                end(failure);
            }
        }
    }

    @Override
    public void onStatus(SessionStatus status) {
        if (status instanceof SessionStatus.Waiting waiting) {
            // a CliException is the dialer's word that trying again cannot help (a refused certificate)
            if (!waiting.connectedBefore() || waiting.cause() instanceof CliException) {
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
