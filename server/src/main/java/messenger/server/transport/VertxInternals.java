package messenger.server.transport;

import io.netty.channel.DefaultFileRegion;
import io.netty.handler.stream.ChunkedNioFile;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.vertx.core.Future;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.impl.NetSocketInternal;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * The two uses of Vert.x internal API ({@code NetSocketInternal}, which Vert.x 4.5's sockets implement), each for
 * something its public {@code NetSocket} cannot do.
 */
final class VertxInternals {

    /** The bytes read from a file at a time where they go through TLS: one full TLS record. */
    private static final int CHUNK = 16 * 1024;

    private VertxInternals() {
    }

    /**
     * Closes a socket at once, dropping whatever is still queued for it. Vert.x 4.5's public
     * {@code NetSocket.close()} and {@code end()} queue an empty write behind the pending data and close the
     * channel only once that write completes ({@code ConnectionBase.writeClose}), which a peer that has stopped
     * reading never lets happen; {@code NetSocket} has no reset or abort, SO_LINGER only changes what the kernel
     * does after that close, and the idle timeout is set per server, not per connection.
     * {@code SlowReaderTest} fails with {@code socket.close()} here.
     */
    static void cutOff(NetSocket socket) {
        ((NetSocketInternal) socket).channelHandlerContext().close();
    }

    /**
     * Queues {@code length} bytes of an open file from {@code offset} behind the socket's earlier writes; the file
     * is closed once they are written or have failed. The public {@code NetSocket.sendFile} takes a file name and
     * opens the file itself, when the reply is written: a file deleted after its handler checked it would then be
     * gone. And {@code ConnectionBase.sendFile}, which takes an open file, logs an ERROR of its own whenever a
     * region of 1 MiB or more fails, as it does each time a client closes during a download. So this does what
     * both do, with the file the handler opened: a Netty {@code DefaultFileRegion} ({@code sendfile}, no copy
     * through the heap) on a plain connection, and a {@code ChunkedNioFile} (16 KiB reads into pooled direct
     * buffers, one TLS record each, through the TLS engine) where Vert.x has put a {@code ChunkedWriteHandler} in
     * the pipeline, which it does for TLS, a transport without file regions, and traffic shaping
     * ({@code NetServerImpl.initChannel}), and where a file region could not be written.
     */
    static Future<Void> sendFile(NetSocket socket, RandomAccessFile file, long offset, long length) {
        NetSocketInternal internal = (NetSocketInternal) socket;
        Object region;
        try {
            region = internal.channelHandlerContext().pipeline().get(ChunkedWriteHandler.class) == null
                    ? new DefaultFileRegion(file.getChannel(), offset, length)
                    : new ChunkedNioFile(file.getChannel(), offset, length, CHUNK);
        } catch (IOException | RuntimeException e) {
            closeQuietly(file);
            return Future.failedFuture(e);
        }
        // Netty closes the file as it releases a region; a chunked file never written is closed here
        return internal.writeMessage(region).andThen(done -> closeQuietly(file));
    }

    private static void closeQuietly(RandomAccessFile file) {
        try {
            file.close();
        } catch (IOException ignored) {
            // only read from
        }
    }
}
