package messenger.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import messenger.client.model.Transfers;
import messenger.client.net.Accounts;
import messenger.client.testing.RunningServer;
import messenger.client.view.Problems;
import messenger.protocol.FileInfo;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;
import messenger.protocol.client.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A picture's copy for previews, fetched from a real server: reused only when it is that file, and private. */
class PreviewCopyIT {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final ReconnectPolicy QUICK = new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1));

    @Test
    void aCopyThatIsNotTheFileIsFetchedAgainAndKeptForThisUserAlone() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "it-files", "preview-copy-" + System.nanoTime()));
        Path picture = Files.writeString(folder.resolve("photo.png"), "the picture shared here");
        String login = RunningServer.uniqueLogin("viewer");
        try (MessengerClient account = server.signedIn(login)) {
            FileInfo stored = account.upload(picture, "photo.png", TransferListener.NONE);
            CacheFolder copies = new CacheFolder(folder.resolve("copies"), 1_000_000);
            Path target = copies.pathFor(stored);
            Files.createDirectories(target.getParent());
            Files.writeString(target, "a picture of the same id and name on another server");

            try (TransferService service = new TransferService(Accounts.signIn(ServerAddress.parse(server.address()),
                    Tls.none(), login, RunningServer.PASSWORD), new Transfers(), QUICK, Problems::describe)) {
                Path fetched = service.fetch(stored, target).get(1, TimeUnit.MINUTES);

                assertThat(fetched).hasContent("the picture shared here");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copies.folder())))
                        .isEqualTo("rwx------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fetched)))
                        .isEqualTo("rw-------");
            }
        }
    }
}
