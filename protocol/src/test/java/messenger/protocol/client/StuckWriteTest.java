package messenger.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLSocket;
import messenger.protocol.Frame;
import messenger.protocol.Requests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that vanishes mid-upload stops taking bytes without closing anything; the client's write must not wait for
 * the kernel to give up (about a quarter of an hour) but end as a lost connection after its reply timeout.
 */
class StuckWriteTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Far more than the socket buffers of both ends hold. */
    private static final int CHUNKS = 128;

    @TempDir
    Path directory;

    @Test
    void anUploadToAServerThatTakesNoMoreBytesEndsAsALostConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // closed in this order: the server's end first, which ends a write still stuck on the old code
            try (MessengerClient client = MessengerClient.connect(
                    new ServerAddress("localhost", listener.getLocalPort()), Tls.none(), null, TIMEOUT);
                 Socket neverRead = listener.accept()) {
                assertUploadEndsAsLost(client, listener);
            }
        }
    }

    @Test
    void overTlsTooTheStuckWriteEnds() throws Exception {
        SelfSignedTls tls = SelfSignedTls.in(directory);
        try (ServerSocket listener = tls.listen()) {
            CompletableFuture<SSLSocket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    SSLSocket socket = (SSLSocket) listener.accept();
                    socket.startHandshake();
                    return socket;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (MessengerClient client = MessengerClient.connect(
                    new ServerAddress("localhost", listener.getLocalPort()),
                    Tls.trusting(tls.certificate()), null, TIMEOUT);
                 SSLSocket neverRead = accepted.get()) {
                assertUploadEndsAsLost(client, listener);
            }
        }
    }

    /** Sends 1 MiB chunks as an upload does, until a write is stuck; the call then fails, within a bound. */
    private static void assertUploadEndsAsLost(MessengerClient client, ServerSocket listener) {
        byte[] chunk = new byte[FileTransfer.CHUNK_SIZE];
        List<CompletableFuture<Frame>> replies = new ArrayList<>();
        assertTimeoutPreemptively(TIMEOUT.plusSeconds(30), () -> {
            for (int i = 0; i < CHUNKS && client.isOpen(); i++) {
                replies.add(client.call(Requests.UploadChunk.TYPE,
                        new Requests.UploadChunk(1L, (long) i * chunk.length), chunk));
            }
        }, "a write to " + listener.getLocalSocketAddress() + " that takes no bytes still waits");
        assertThat(client.isOpen()).as("a write was stuck: the socket buffers were filled").isFalse();
        assertThatThrownBy(() -> client.await(replies.get(replies.size() - 1)))
                .isInstanceOf(ConnectionLostException.class)
                .hasMessageContaining("could not send upload.chunk: the server took no bytes for 2 s");
    }
}
