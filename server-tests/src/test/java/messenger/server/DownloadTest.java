package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import messenger.handlers.file.UploadExpiry;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import messenger.protocol.Message;
import messenger.protocol.client.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads from the filesystem store, whose bytes the server sends from the disk after the reply's header
 * ({@code sendfile} on a plain connection): the frames are byte for byte those of a payload in memory, replies stay
 * in request order, and a file deleted during a download is still read to the end of the ranges already answered.
 * {@code TlsIT} downloads over TLS.
 */
@QuarkusTest
class DownloadTest {

    private static final int MIB = 1024 * 1024;

    @Inject
    TestServer server;

    @Inject
    UploadExpiry expiry;

    @TempDir
    Path dir;

    @Test
    void filesOfOddSizesAndSeveralChunksComeBackByteForByte() throws IOException {
        try (TestServer.Device alice = server.newUser("sizes")) {
            for (int size : new int[] {1, 8191, MIB - 1, MIB, MIB + 1, 3 * MIB + 4321}) {
                byte[] bytes = randomBytes(size);
                FileInfo info = alice.client().upload(write("up-" + size, bytes), "f.bin", TransferListener.NONE);
                Path copy = dir.resolve("down-" + size);
                alice.client().download(info.id(), copy, TransferListener.NONE);
                assertThat(Files.readAllBytes(copy)).as("%d bytes", size).isEqualTo(bytes);
            }
        }
    }

    @Test
    void pipelinedReadsAndOtherRequestsAreAnsweredInTheOrderSent() throws Exception {
        byte[] bytes = randomBytes(3 * MIB + 777);
        try (TestServer.Device alice = server.newUser("order"); RawConnection raw = new RawConnection(server.port())) {
            long fileId = alice.client().upload(write("order.bin", bytes), "o.bin", TransferListener.NONE).id();
            raw.send(RawConnection.frame(resume(alice.token()), new byte[0]));
            assertThat(raw.read().type()).isEqualTo("ok");

            List<long[]> reads = new ArrayList<>();   // id, offset, length; length 0 for a ping
            long id = 2;
            long[][] ranges = {{0, MIB}, {MIB, MIB}, {5, 1}, {2 * MIB, MIB}, {3 * MIB, MIB}, {bytes.length, 10},
                    {MIB - 3, 7}, {bytes.length - 1, 1}};
            ByteArrayBuilder out = new ByteArrayBuilder();
            for (long[] range : ranges) {
                out.add(RawConnection.frame(read(id, fileId, range[0], range[1]), new byte[0]));
                reads.add(new long[] {id++, range[0], range[1]});
                out.add(RawConnection.frame("{\"type\":\"ping\",\"id\":" + id + "}", new byte[0]));
                reads.add(new long[] {id++, 0, 0});
            }
            raw.send(out.bytes());

            for (long[] expected : reads) {
                Frame reply = raw.read();
                assertThat(reply.type()).isEqualTo("ok");
                assertThat(reply.re()).isEqualTo(expected[0]);
                if (expected[2] > 0) {
                    int from = (int) expected[1];
                    int to = (int) Math.min(bytes.length, expected[1] + expected[2]);
                    assertThat(reply.header().get("length").getAsInt()).isEqualTo(to - from);
                    assertThat(reply.header().get("eof").getAsBoolean()).isEqualTo(to == bytes.length);
                    assertThat(reply.payload()).as("read %d", expected[0])
                            .isEqualTo(Arrays.copyOfRange(bytes, from, to));
                } else {
                    assertThat(reply.payload()).isEmpty();
                }
            }
            assertThat(raw.hasData()).isFalse();
        }
    }

    @Test
    void aFileDeletedDuringADownloadIsStillSentWholeForTheReadsAlreadyAnswered() throws Exception {
        byte[] bytes = randomBytes(4 * MIB + 99);
        try (TestServer.Device alice = server.newUser("deleted"); Socket slow = new Socket()) {
            long fileId = alice.client().upload(write("gone.bin", bytes), "g.bin", TransferListener.NONE).id();
            Message posted = alice.client().send("with-file", "here", fileId);

            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress("127.0.0.1", server.port()));
            slow.setSoTimeout(30_000);
            ByteArrayBuilder out = new ByteArrayBuilder();
            out.add(RawConnection.frame(resume(alice.token()), new byte[0]));
            for (int i = 0; i < 5; i++) {
                out.add(RawConnection.frame(read(2 + i, fileId, (long) i * MIB, MIB), new byte[0]));
            }
            out.add(RawConnection.frame("{\"type\":\"ping\",\"id\":7}", new byte[0]));
            slow.getOutputStream().write(out.bytes());
            DataInputStream in = new DataInputStream(new BufferedInputStream(slow.getInputStream(), 1024));
            assertThat(FrameCodec.read(in, FrameLimits.DEFAULT).type()).isEqualTo("ok");
            // the first read's header and a few of its bytes: its file is open and being sent
            in.mark(64);
            assertThat(in.read()).isNotNegative();
            in.reset();

            alice.client().deleteMessage(posted.id());
            assertThat(expiry.deleteDiscarded()).isPositive();
            assertThat(server.storedBytes(fileId)).as("the file's bytes on the disk").doesNotExist();

            int whole = 0;
            for (int i = 0; i < 5; i++) {
                Frame reply = FrameCodec.read(in, FrameLimits.DEFAULT);
                assertThat(reply.re()).isEqualTo(2 + i);
                if ("ok".equals(reply.type())) {
                    int from = i * MIB;
                    assertThat(reply.payload()).as("read %d", i)
                            .isEqualTo(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + MIB)));
                    whole++;
                } else {
                    assertThat(reply.header().get("code").getAsString()).isEqualTo("NOT_FOUND");
                }
            }
            assertThat(whole).as("reads answered before the file was deleted").isPositive();
            Frame pong = FrameCodec.read(in, FrameLimits.DEFAULT);
            assertThat(pong.re()).isEqualTo(7);
        }
    }

    /**
     * Netty counts a file being sent as 0 bytes queued: the server counts the bytes, and the files it holds open,
     * so a client that pipelines small reads and reads nothing cannot make it open a file per request (by the
     * bytes alone, 64 reads of 16 KiB fit in the test's 1 MiB write queue).
     */
    @Test
    void aReaderThatReadsNothingHoldsOnlyAFewFilesOpen() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        assumeThat(Files.isDirectory(fds)).as("Linux /proc").isTrue();
        byte[] bytes = randomBytes(MIB);
        try (TestServer.Device alice = server.newUser("stalled"); Socket stalled = new Socket()) {
            long fileId = alice.client().upload(write("stall.bin", bytes), "s.bin", TransferListener.NONE).id();
            Path stored = server.storedBytes(fileId).toAbsolutePath().normalize();
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress("127.0.0.1", server.port()));
            ByteArrayBuilder out = new ByteArrayBuilder();
            out.add(RawConnection.frame(resume(alice.token()), new byte[0]));
            for (int i = 0; i < 1000; i++) {
                out.add(RawConnection.frame(read(2 + i, fileId, (i * 16 * 1024L) % MIB, 16 * 1024), new byte[0]));
            }
            Thread writer = new Thread(() -> {
                try {
                    stalled.getOutputStream().write(out.bytes());
                } catch (IOException closed) {
                    // the test is over
                }
            });
            writer.setDaemon(true);
            writer.start();

            await().atMost(Duration.ofSeconds(20)).until(() -> openFiles(fds, stored) > 0);
            long most = 0;
            for (int i = 0; i < 20; i++) {
                most = Math.max(most, openFiles(fds, stored));
                Thread.sleep(50);
            }
            assertThat(most).as("files open for a client that reads nothing").isBetween(1L, 17L);
            stalled.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> openFiles(fds, stored) == 0);
        }
    }

    private static long openFiles(Path fds, Path target) throws IOException {
        try (Stream<Path> entries = Files.list(fds)) {
            return entries.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(target);
                } catch (IOException | UnsupportedOperationException gone) {
                    return false;
                }
            }).count();
        }
    }

    private static String resume(String token) {
        JsonObject header = new JsonObject();
        header.addProperty("type", "resume");
        header.addProperty("id", 1);
        header.addProperty("token", token);
        return header.toString();
    }

    private static String read(long id, long fileId, long offset, long length) {
        return "{\"type\":\"file.read\",\"id\":" + id + ",\"fileId\":" + fileId + ",\"offset\":" + offset
                + ",\"length\":" + length + "}";
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Bytes no earlier run uploaded: the same bytes would be stored once, under the first upload's id. */
    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        return bytes;
    }

    private static final class ByteArrayBuilder {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void add(byte[] bytes) {
            out.writeBytes(bytes);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
