package messenger.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import messenger.client.model.Transfer;
import messenger.client.model.TransferState;
import messenger.client.model.Transfers;
import messenger.client.net.Accounts;
import messenger.client.net.Device;
import messenger.client.testing.RunningServer;
import messenger.client.view.Problems;
import messenger.protocol.FileInfo;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;
import messenger.protocol.client.TransferListener;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A transfer whose connection is cut halfway goes on from where it stopped, through a real TCP relay. */
class TransferResumeIT {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final ReconnectPolicy QUICK = new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1));
    private static final long CUT_AFTER = 1_000_000;

    private Path folder;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        folder = Files.createDirectories(Path.of("target", "it-files", "resume-" + System.nanoTime()));
        file = folder.resolve("big.bin");
        byte[] bytes = new byte[5 * 1024 * 1024 + 7];
        new Random(3).nextBytes(bytes);
        Files.write(file, bytes);
    }

    @Test
    void anUploadCutHalfwayGoesOnFromTheServersOffset() throws Exception {
        String login = RunningServer.uniqueLogin("uploader");
        try (TcpRelay relay = new TcpRelay(server.port()); MessengerClient account = server.signedIn(login)) {
            Transfers transfers = new Transfers();
            CutOnce cut = new CutOnce(relay, transfers);
            try (TransferService service = new TransferService(signIn(relay, login), transfers, QUICK,
                    Problems::describe)) {
                FileInfo stored = service.upload(file).get(2, TimeUnit.MINUTES);

                assertThat(stored.sha256()).isEqualTo(Sha256.of(file));
                assertThat(cut.firstProgressAfterTheCut()).isGreaterThanOrEqualTo(cut.doneAtTheCut());
            }
        }
    }

    @Test
    void aDownloadCutHalfwayGoesOnFromTheBytesItHas() throws Exception {
        String login = RunningServer.uniqueLogin("downloader");
        try (TcpRelay relay = new TcpRelay(server.port()); MessengerClient account = server.signedIn(login)) {
            FileInfo stored = account.upload(file, "big.bin", TransferListener.NONE);
            Transfers transfers = new Transfers();
            CutOnce cut = new CutOnce(relay, transfers);
            Path target = folder.resolve("copy.bin");
            try (TransferService service = new TransferService(signIn(relay, login), transfers, QUICK,
                    Problems::describe)) {
                service.download(stored, target).get(2, TimeUnit.MINUTES);

                assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(file));
                assertThat(cut.firstProgressAfterTheCut()).isGreaterThanOrEqualTo(cut.doneAtTheCut());
                assertThat(Files.list(folder)).noneMatch(path -> path.toString().endsWith(".part"));
            }
        }
    }

    @Test
    void closingTheWindowMidDownloadKeepsTheBytesSoFar() throws Exception {
        String login = RunningServer.uniqueLogin("closer");
        try (TcpRelay relay = new TcpRelay(server.port()); MessengerClient account = server.signedIn(login)) {
            FileInfo stored = account.upload(file, "big.bin", TransferListener.NONE);
            Transfers transfers = new Transfers();
            CountDownLatch stalled = new CountDownLatch(1);
            onceHalfway(transfers, transfer -> {
                relay.holdReplies();
                stalled.countDown();
            });
            Path target = folder.resolve("copy.bin");
            TransferService service = new TransferService(signIn(relay, login), transfers, QUICK, Problems::describe);
            CompletableFuture<Path> download = service.download(stored, target);
            assertThat(stalled.await(1, TimeUnit.MINUTES)).isTrue();

            service.close();

            await().atMost(Duration.ofSeconds(30)).until(download::isDone);
            assertThat(TransferService.partFile(target, stored.id())).isNotEmptyFile();
            assertThat(Files.size(TransferService.partFile(target, stored.id()))).isGreaterThanOrEqualTo(CUT_AFTER);
        }
    }

    @Test
    void savingAFileAgainWhereItIsStillBeingSavedIsTheSameDownload() throws Exception {
        String login = RunningServer.uniqueLogin("twice");
        try (TcpRelay relay = new TcpRelay(server.port()); MessengerClient account = server.signedIn(login)) {
            FileInfo stored = account.upload(file, "big.bin", TransferListener.NONE);
            Transfers transfers = new Transfers();
            List<Transfer> rows = new CopyOnWriteArrayList<>();
            whenAdded(transfers, rows::add);
            CountDownLatch stalled = new CountDownLatch(1);
            onceHalfway(transfers, transfer -> {
                relay.holdReplies();
                stalled.countDown();
            });
            Path target = folder.resolve("copy.bin");
            try (TransferService service = new TransferService(signIn(relay, login), transfers, QUICK,
                    Problems::describe)) {
                CompletableFuture<Path> first = service.download(stored, target);
                assertThat(stalled.await(1, TimeUnit.MINUTES)).isTrue();

                CompletableFuture<Path> again = service.download(stored, folder.resolve(".").resolve("copy.bin"));
                relay.restore();

                assertThat(again.get(2, TimeUnit.MINUTES)).isEqualTo(first.get(2, TimeUnit.MINUTES));
                assertThat(rows).hasSize(1);
                assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void aCancelledDownloadLeavesNoPartFile() throws Exception {
        String login = RunningServer.uniqueLogin("canceller");
        try (MessengerClient account = server.signedIn(login)) {
            FileInfo stored = account.upload(file, "big.bin", TransferListener.NONE);
            Transfers transfers = new Transfers();
            onceHalfway(transfers, Transfer::cancel);
            Path target = folder.resolve("copy.bin");
            try (TransferService service = new TransferService(signIn(server.address(), login), transfers, QUICK,
                    Problems::describe)) {
                CompletableFuture<Path> download = service.download(stored, target);

                await().atMost(Duration.ofSeconds(30)).until(download::isDone);
                assertThat(transfers.latestDownload(stored.id()).orElseThrow().current().state())
                        .isEqualTo(TransferState.CANCELLED);
                assertThat(Files.list(folder)).noneMatch(path -> path.toString().endsWith(".part"));
            }
        }
    }

    @Test
    void bytesTheServerHoldsAlreadyAreDoneWithoutSendingThem() throws Exception {
        String login = RunningServer.uniqueLogin("again");
        try (MessengerClient account = server.signedIn(login)) {
            FileInfo first = account.upload(file, "big.bin", TransferListener.NONE);
            Transfers transfers = new Transfers();
            List<Transfer.Snapshot> seen = new CopyOnWriteArrayList<>();
            whenAdded(transfers, transfer -> transfer.addListener(seen::add));
            try (TransferService service = new TransferService(signIn(server.address(), login), transfers, QUICK,
                    Problems::describe)) {
                FileInfo again = service.upload(file).get(2, TimeUnit.MINUTES);

                assertThat(again.sha256()).isEqualTo(first.sha256());
                assertThat(seen).as("from preparing straight to all done, no byte sent in between")
                        .filteredOn(snapshot -> snapshot.state() == TransferState.RUNNING)
                        .allMatch(snapshot -> snapshot.done() == snapshot.total());
                assertThat(seen.get(seen.size() - 1).state()).isEqualTo(TransferState.DONE);
            }
        }
    }

    /** Does something to a transfer once, from its own thread, as soon as it has moved {@value #CUT_AFTER} bytes. */
    private static void onceHalfway(Transfers transfers, Consumer<Transfer> action) {
        AtomicBoolean done = new AtomicBoolean();
        whenAdded(transfers, transfer -> transfer.addListener(snapshot -> {
            if (snapshot.done() >= CUT_AFTER && done.compareAndSet(false, true)) {
                action.accept(transfer);
            }
        }));
    }

    private static void whenAdded(Transfers transfers, Consumer<Transfer> action) {
        transfers.addListener(new Transfers.Listener() {
            @Override
            public void added(Transfer transfer) {
                action.accept(transfer);
            }

            @Override
            public void removed(Transfer transfer) {
            }
        });
    }

    private static Device signIn(TcpRelay relay, String login) throws Exception {
        return signIn(relay.address(), login);
    }

    private static Device signIn(String address, String login) throws Exception {
        return Accounts.signIn(ServerAddress.parse(address), Tls.none(), login, RunningServer.PASSWORD);
    }

    /** Cuts the relay once, as soon as a transfer has moved {@value #CUT_AFTER} bytes, and notes what follows. */
    private static final class CutOnce {
        private final List<Transfer.Snapshot> afterCut = new CopyOnWriteArrayList<>();
        private volatile long doneAtCut = -1;

        CutOnce(TcpRelay relay, Transfers transfers) {
            onceHalfway(transfers, transfer -> {
                doneAtCut = transfer.current().done();
                relay.cut();
                relay.restore();
                transfer.addListener(afterCut::add);
            });
        }

        long doneAtTheCut() {
            assertThat(doneAtCut).as("the transfer was cut").isPositive();
            return doneAtCut;
        }

        /** Where the transfer stood when it ran again after waiting for the connection. */
        long firstProgressAfterTheCut() {
            assertThat(afterCut).extracting(Transfer.Snapshot::state).contains(TransferState.WAITING);
            return afterCut.stream()
                    .dropWhile(snapshot -> snapshot.state() != TransferState.WAITING)
                    .filter(snapshot -> snapshot.state() == TransferState.RUNNING)
                    .findFirst().orElseThrow().done();
        }
    }
}
