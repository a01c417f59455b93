package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import messenger.protocol.BadFrameException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged server behind a proxy that names each client in a PROXY protocol header
 * ({@code messenger.proxy-protocol=true}, HAProxy's {@code send-proxy-v2}): the per-address limits count the
 * clients, not the proxy every connection comes from.
 */
class ProxyProtocolIT {

    private static final int CAP = 3;
    private static final String CLIENT = "203.0.113.7";
    private static final String OTHER_CLIENT = "198.51.100.9";

    private static ServerProcess server;

    @BeforeAll
    static void startServer() throws IOException {
        server = ServerProcess.start(Path.of("target", "it-proxy-" + System.nanoTime()), Map.of(
                "messenger.proxy-protocol", "true",
                "messenger.max-unauthenticated-per-address", String.valueOf(CAP)));
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theConnectionCapCountsTheClientNamedInTheHeader() throws IOException {
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
                open.add(throughProxy(versionOneHeader(CLIENT)));
            }
            for (Socket admitted : open) {
                assertThat(ping(admitted).header().get("type").getAsString()).isEqualTo("ok");
            }

            try (Socket oneTooMany = throughProxy(versionOneHeader(CLIENT))) {
                Frame refusal = read(oneTooMany);
                assertThat(refusal.header().get("code").getAsString()).isEqualTo(ErrorCode.RATE_LIMITED.name());
            }
            try (Socket someoneElse = throughProxy(versionTwoHeader(OTHER_CLIENT))) {
                assertThat(ping(someoneElse).header().get("type").getAsString())
                        .as("another client behind the same proxy is not counted with the first")
                        .isEqualTo("ok");
            }
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionWithoutTheHeaderIsNotServed() throws IOException {
        try (Socket direct = new Socket("127.0.0.1", server.port())) {
            direct.setSoTimeout(15_000);
            FrameCodec.write(direct.getOutputStream(), pingFrame());
            assertThat(closedWithoutReply(direct)).isTrue();
        }
        try (Socket proxied = throughProxy(versionOneHeader(OTHER_CLIENT))) {
            assertThat(ping(proxied).header().get("type").getAsString()).isEqualTo("ok");
        }
    }

    private static boolean closedWithoutReply(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }

    private static Socket throughProxy(byte[] header) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(15_000);
        socket.getOutputStream().write(header);
        return socket;
    }

    private static Frame ping(Socket socket) throws IOException {
        FrameCodec.write(socket.getOutputStream(), pingFrame());
        return read(socket);
    }

    private static Frame pingFrame() {
        JsonObject ping = new JsonObject();
        ping.addProperty("type", "ping");
        ping.addProperty("id", 1);
        return new Frame(ping);
    }

    private static Frame read(Socket socket) throws IOException {
        try {
            return FrameCodec.read(new DataInputStream(socket.getInputStream()), FrameLimits.DEFAULT);
        } catch (BadFrameException e) {
            throw new IOException(e);
        }
    }

    /** The text form HAProxy's {@code send-proxy} writes. */
    private static byte[] versionOneHeader(String client) {
        return ("PROXY TCP4 " + client + " 127.0.0.1 40000 7777\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The binary form HAProxy's {@code send-proxy-v2} writes: signature, PROXY over TCP/IPv4, the addresses. */
    private static byte[] versionTwoHeader(String client) throws IOException {
        byte[] signature = {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};
        ByteBuffer header = ByteBuffer.allocate(signature.length + 4 + 12);
        header.put(signature).put((byte) 0x21).put((byte) 0x11).putShort((short) 12);
        header.put(InetAddress.getByName(client).getAddress());
        header.put(InetAddress.getByName("127.0.0.1").getAddress());
        header.putShort((short) 40000).putShort((short) 7777);
        return header.array();
    }
}
