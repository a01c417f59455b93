package messenger.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import messenger.client.model.Transfer;
import messenger.client.model.TransferState;
import messenger.client.model.Transfers;
import messenger.client.net.Device;
import messenger.client.view.Problems;
import messenger.protocol.FileInfo;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferServiceTest {

    @Test
    void uploadNameFitsTheProtocolLimitAndKeepsItsExtension() {
        String name = TransferService.uploadName("é".repeat(200) + ".pdf");
        assertThat(name).endsWith(".pdf");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isBetween(250, 255);
        assertThat(TransferService.uploadName("short.txt")).isEqualTo("short.txt");
    }

    /**
     * The window closes on the event thread: it must not wait for a server that takes its time to answer. A
     * TLS handshake is the wait an interrupt does not end.
     */
    @Test
    void closeReturnsAtOnceWhileTheFileConnectionIsStillOpening(@TempDir Path folder) throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            silent.setSoTimeout(10_000);
            Device device = new Device(new ServerAddress("127.0.0.1", silent.getLocalPort()), Tls.systemTrust(), "someone",
                    "token");
            TransferService service =
                    new TransferService(device, new Transfers(), ReconnectPolicy.DEFAULT, Problems::describe);
            service.download(new FileInfo(1, "a.bin", 10, "0".repeat(64)), folder.resolve("a.bin"));

            try (Socket opening = silent.accept()) {
                assertTimeoutPreemptively(Duration.ofSeconds(1), service::close);
            }
        }
    }

    /** Cancel as soon as the upload shows: it is still reading the file, and nothing reaches the server. */
    @Test
    void anUploadCancelledWhilePreparingEndsWithoutConnecting(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("big.bin"), new byte[4 * 1024 * 1024]);
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Device device = new Device(new ServerAddress("127.0.0.1", silent.getLocalPort()), Tls.none(), "someone",
                    "token");
            Transfers transfers = new Transfers();
            List<TransferState> states = new CopyOnWriteArrayList<>();
            transfers.addListener(new Transfers.Listener() {
                @Override
                public void added(Transfer transfer) {
                    transfer.addListener(snapshot -> states.add(snapshot.state()));
                    transfer.cancel();
                }

                @Override
                public void removed(Transfer transfer) {
                }
            });
            try (TransferService service =
                         new TransferService(device, transfers, ReconnectPolicy.DEFAULT, Problems::describe)) {
                CompletableFuture<FileInfo> upload = service.upload(file);

                assertThatThrownBy(() -> upload.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
                assertThat(states).containsExactly(TransferState.PREPARING, TransferState.CANCELLED);
            }
        }
    }
}
