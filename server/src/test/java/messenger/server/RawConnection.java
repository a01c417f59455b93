package messenger.server;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import messenger.protocol.BadFrameException;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;

/** A bare TCP connection that sends whatever bytes a test wants, written from the contract alone. */
class RawConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    RawConnection(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        out = socket.getOutputStream();
        in = new DataInputStream(socket.getInputStream());
    }

    void setReadTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    static byte[] frame(String headerJson, byte[] payload) {
        return frame(headerJson.getBytes(StandardCharsets.UTF_8), payload);
    }

    static byte[] frame(byte[] header, byte[] payload) {
        return ByteBuffer.allocate(8 + header.length + payload.length)
                .putInt(header.length).putInt(payload.length).put(header).put(payload).array();
    }

    static byte[] prefix(long headerLength, long payloadLength) {
        return ByteBuffer.allocate(8).putInt((int) headerLength).putInt((int) payloadLength).array();
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    Frame read() throws IOException, BadFrameException {
        return FrameCodec.read(in, FrameLimits.DEFAULT);
    }

    /** True when bytes from the server are waiting to be read. */
    boolean hasData() {
        try {
            return in.available() > 0;
        } catch (IOException closed) {
            return false;
        }
    }

    /** True when the server has closed the connection (end of stream, or reset). */
    boolean isClosedByServer() {
        try {
            return in.read() < 0;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
