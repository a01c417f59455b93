package messenger.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A signed-in connection that asks for a file again and again and never reads a reply: not subscribed, its
 * replies pile up at the server until reading from it pauses.
 */
final class StalledReader implements AutoCloseable {

    private final Socket socket;

    private StalledReader(Socket socket) {
        this.socket = socket;
    }

    static StalledReader downloading(int port, String token, long fileId, int length, int reads) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream out = socket.getOutputStream();
        out.write(RawConnection.frame("{\"type\":\"resume\",\"id\":1,\"token\":\"" + token + "\"}", new byte[0]));
        for (int id = 2; id < reads + 2; id++) {
            out.write(RawConnection.frame("{\"type\":\"file.read\",\"id\":" + id + ",\"fileId\":" + fileId
                    + ",\"offset\":0,\"length\":" + length + "}", new byte[0]));
        }
        out.flush();
        return new StalledReader(socket);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
