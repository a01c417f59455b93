package messenger.server.transport;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.function.BooleanSupplier;
import messenger.handlers.spi.Payload;
import messenger.server.dispatch.ReplyFrame;
import org.jboss.logging.Logger;

/**
 * Writes one connection's replies to its socket. A payload in memory goes out with its frame in one buffer. A file
 * region goes out as the frame's head (length prefix and header) followed by the file's bytes straight from the
 * disk ({@link VertxInternals#sendFile}: {@code sendfile} on a plain connection, 16 KiB chunks through the TLS
 * engine on an encrypted one). Every write, from any thread, joins the socket's one queue behind the ones before
 * it, so a later reply never overtakes a file's bytes.
 *
 * <p>A file's bytes count against the connection's write queue ({@link BackPressure#fileSendStarted}): Netty
 * counts a file region as 0 bytes. If they cannot all be sent, the frame is cut short and nothing after it could
 * be read: the connection is closed.
 *
 * <p>Threads: {@link #write} runs on the thread that completed the reply (a worker); the end of a file's
 * send is seen on the event loop.
 */
final class ReplyWriter {

    private static final Logger LOG = Logger.getLogger(ReplyWriter.class);

    private final long connection;
    private final NetSocket socket;
    private final BackPressure reading;
    private final BooleanSupplier closed;

    ReplyWriter(long connection, NetSocket socket, BackPressure reading, BooleanSupplier closed) {
        this.connection = connection;
        this.socket = socket;
        this.reading = reading;
        this.closed = closed;
    }

    void write(ReplyFrame reply) {
        if (reply.payload() instanceof Payload.FileRegion file) {
            sendFile(reply, file);
        } else {
            socket.write(Buffer.buffer(reply.encode()));
        }
    }

    private void sendFile(ReplyFrame reply, Payload.FileRegion file) {
        byte[] head;
        try {
            head = reply.encodeHead();
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        reading.fileSendStarted(file.length());
        socket.write(Buffer.buffer(head));
        VertxInternals.sendFile(socket, file.file(), file.offset(), file.length()).onComplete(sent -> {
            reading.fileSendEnded(file.length());
            if (sent.failed()) {
                cutShort(sent.cause());
            }
        });
    }

    /** The frame's head went out without all of its payload: the stream cannot be read past it any more. */
    private void cutShort(Throwable failure) {
        if (closed.getAsBoolean() || isConnectionGone(failure)) {
            ConnectionLogContext.log(connection, () -> LOG.debugf(
                    "connection %d closed during a download: %s", connection, failure));
        } else {
            ConnectionLogContext.log(connection, () -> LOG.warnf(failure,
                    "connection %d: a file could not be sent whole; closing the connection", connection));
        }
        VertxInternals.cutOff(socket);
    }

    private static boolean isConnectionGone(Throwable failure) {
        return failure instanceof ClosedChannelException || failure instanceof SocketException
                || failure instanceof IOException io && String.valueOf(io.getMessage()).matches(
                        "(?is).*(connection reset|broken pipe|closed).*");
    }
}
