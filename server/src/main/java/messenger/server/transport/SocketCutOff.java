package messenger.server.transport;

import io.vertx.core.net.NetSocket;
import io.vertx.core.net.impl.NetSocketInternal;

/**
 * Closes a socket at once, dropping whatever is still queued for it: the one use of a Vert.x internal API.
 * Vert.x 4.5's public {@code NetSocket.close()} and {@code end()} queue an empty write behind the pending data
 * and close the channel only once that write completes ({@code ConnectionBase.writeClose}), which a peer that
 * has stopped reading never lets happen; {@code NetSocket} has no reset or abort, SO_LINGER only changes what
 * the kernel does after that close, and the idle timeout is set per server, not per connection.
 * {@code SlowReaderTest} fails with {@code socket.close()} here.
 */
final class SocketCutOff {

    private SocketCutOff() {
    }

    static void cutOff(NetSocket socket) {
        ((NetSocketInternal) socket).channelHandlerContext().close();
    }
}
