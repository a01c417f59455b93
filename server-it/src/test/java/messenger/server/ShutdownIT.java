package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.FrameCodec;
import messenger.protocol.FrameLimits;
import messenger.protocol.Message;
import messenger.protocol.Pushes;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;
import messenger.protocol.client.TransferListener;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while a client pipelines sends, another connection cannot take its replies (downloads it never reads)
 * and a third reads the downloads it pipelined: readiness fails at once, every send read before the shutdown is
 * answered before the shutdown notice (and stored), the rest are neither answered nor stored, every download
 * answered is whole and before the notice, and the process exits cleanly within the shutdown timeout and a
 * margin.
 */
class ShutdownIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration EXIT_MARGIN = Duration.ofSeconds(30);
    private static final int SENDS = 1_000;
    private static final int FILE_SIZE = 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aSigtermAnswersWhatItReadBeforeTheNoticeAndExitsCleanly() throws Exception {
        Path dir = Path.of("target", "it-shutdown-" + System.nanoTime());
        Path file = RandomFile.create(dir, "large.bin", FILE_SIZE);
        Map<String, String> settings = Map.of("messenger.messages-per-second", "0",
                "messenger.shutdown-timeout", SHUTDOWN_TIMEOUT.toSeconds() + "s");
        ServerProcess server = ServerProcess.start(dir.resolve("data"), settings);
        List<CompletableFuture<Frame>> sends = Collections.synchronizedList(new ArrayList<>());
        ShutdownNotice notice = new ShutdownNotice(sends);
        String token;
        try (server; MessengerClient setup = server.connect()) {
            setup.register("shutdown-user", PASSWORD);
            token = setup.login("shutdown-user", PASSWORD, "it").token();
            FileInfo uploaded = setup.upload(file, "large.bin", TransferListener.NONE);
            try (StalledReader stalled = StalledReader.downloading(server.port(), token, uploaded.id(), FILE_SIZE, 24);
                    MessengerClient sender = MessengerClient.connect("127.0.0.1", server.port(), notice,
                            MessengerClient.DEFAULT_TIMEOUT);
                    Downloader downloader = Downloader.start(server.port(), token, uploaded.id(), 8)) {
                sender.resume(token);
                for (int i = 0; i < SENDS; i++) {
                    sends.add(sender.call(Requests.Send.TYPE,
                            new Requests.Send("pipelined-" + i, "sent just before the shutdown", null), null));
                }
                sends.get(0).get(30, TimeUnit.SECONDS);
                System.out.printf("shutdown: SIGTERM with %d of 8 whole-file reads received%n", downloader.frames.size());
                server.terminate();
                assertThat(notReadyWhileStillDraining(server)).as("readiness fails while connections drain").isTrue();
                server.awaitCleanExit(SHUTDOWN_TIMEOUT.plus(EXIT_MARGIN));
                downloader.assertEveryReplyWholeThenTheNotice(Files.readAllBytes(file));
            }
        }

        CompletableFuture.allOf(sends.stream().map(send -> send.handle((ok, failure) -> null))
                .toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        Set<String> acknowledged = new HashSet<>();
        for (int i = 0; i < SENDS; i++) {
            CompletableFuture<Frame> send = sends.get(i);
            Throwable failure = send.handle((ok, error) -> error).join();
            if (failure == null) {
                acknowledged.add("pipelined-" + i);
            } else {
                assertThat(failure).as("an unanswered send").isInstanceOf(ConnectionLostException.class);
            }
        }
        System.out.printf("shutdown: %d of %d pipelined sends answered%n", acknowledged.size(), SENDS);
        assertThat(notice.answeredBefore.get()).as("the shutdown notice came").isNotNegative();
        assertThat(acknowledged).as("answers, all before the notice").hasSize((int) notice.answeredBefore.get());

        try (ServerProcess restarted = ServerProcess.start(dir.resolve("data"), settings);
                MessengerClient checker = restarted.connect()) {
            checker.resume(token);
            Results.MessagePage stored = checker.sync(0, 1_000);
            assertThat(stored.hasMore()).isFalse();
            assertThat(stored.messages()).extracting(Message::clientMsgId).containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }

    /**
     * Polls readiness from the SIGTERM on until it is no longer 200, and says whether the server was still running
     * then (the stalled reader keeps it draining for the whole shutdown timeout). Quarkus closes the management
     * port as the shutdown starts, so "not ready" is a refused connection rather than a 503.
     */
    private static boolean notReadyWhileStillDraining(ServerProcess server) throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + server.managementPort() + "/q/health/ready");
        for (int attempt = 0; attempt < 600; attempt++) {
            int status;
            try {
                status = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException refused) {
                status = -1;
            }
            if (status != 200) {
                return server.isRunning();
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * A connection that pipelines whole-file reads (sent from the disk) and reads its replies slowly, until the
     * server closes it: the downloads still in flight at the shutdown are sent whole before the notice.
     */
    private static final class Downloader implements AutoCloseable {

        private final Socket socket;
        private final List<Frame> frames = Collections.synchronizedList(new ArrayList<>());
        private final CompletableFuture<Throwable> ended = new CompletableFuture<>();

        private Downloader(Socket socket) {
            this.socket = socket;
        }

        static Downloader start(int port, String token, long fileId, int reads) throws Exception {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(64 * 1024);
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(new BufferedInputStream(slowly(socket.getInputStream())));
            out.write(RawConnection.frame("{\"type\":\"resume\",\"id\":1,\"token\":\"" + token + "\"}", new byte[0]));
            assertThat(FrameCodec.read(in, FrameLimits.DEFAULT).type()).isEqualTo("ok");
            for (int id = 2; id < reads + 2; id++) {
                out.write(RawConnection.frame("{\"type\":\"file.read\",\"id\":" + id + ",\"fileId\":" + fileId
                        + ",\"offset\":0,\"length\":" + FILE_SIZE + "}", new byte[0]));
            }
            out.flush();
            Downloader downloader = new Downloader(socket);
            Thread reader = new Thread(() -> {
                try {
                    while (true) {
                        downloader.frames.add(FrameCodec.read(in, FrameLimits.DEFAULT));
                    }
                } catch (Throwable end) {
                    downloader.ended.complete(end);
                }
            }, "downloader");
            reader.setDaemon(true);
            reader.start();
            return downloader;
        }

        /** About 3 MB/s: the 8 MiB take longer than the SIGTERM takes to come, and less than the drain's 5 s. */
        private static InputStream slowly(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return super.read(buffer, offset, Math.min(length, 64 * 1024));
                }
            };
        }

        void assertEveryReplyWholeThenTheNotice(byte[] file) throws Exception {
            Throwable end = ended.get(60, TimeUnit.SECONDS);
            assertThat(end).as("the connection ends between frames").isInstanceOf(EOFException.class);
            List<Frame> received = List.copyOf(frames);
            System.out.printf("shutdown: %d whole-file reads answered before the notice%n", received.size() - 1);
            assertThat(received).isNotEmpty();
            assertThat(received.get(received.size() - 1).type()).isEqualTo(Pushes.Shutdown.TYPE);
            for (Frame reply : received.subList(0, received.size() - 1)) {
                assertThat(reply.type()).isEqualTo("ok");
                assertThat(reply.payload()).as("reply to %d", reply.re()).isEqualTo(file);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * Counts the sends answered when the shutdown notice arrives: replies and pushes are handled in order on the
     * connection's reader thread, each reply completing its send before the next frame is read.
     */
    private static final class ShutdownNotice implements PushListener {

        private final List<CompletableFuture<Frame>> sends;
        private final AtomicLong answeredBefore = new AtomicLong(-1);

        ShutdownNotice(List<CompletableFuture<Frame>> sends) {
            this.sends = sends;
        }

        @Override
        public void onMessage(Message message) {
        }

        @Override
        public void onOtherPush(Frame frame) {
            if (Pushes.Shutdown.TYPE.equals(frame.type())) {
                synchronized (sends) {
                    answeredBefore.set(sends.stream().filter(send -> send.isDone() && !send.isCompletedExceptionally())
                            .count());
                }
            }
        }
    }
}
