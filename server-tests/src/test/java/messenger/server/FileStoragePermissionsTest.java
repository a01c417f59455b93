package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import messenger.protocol.FileInfo;
import messenger.protocol.client.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users upload is readable on the server's disk by the server's user alone. */
@QuarkusTest
class FileStoragePermissionsTest {

    @Inject
    TestServer server;

    @TempDir
    Path dir;

    @Test
    void storedFilesAndTheirFoldersAreTheServersAlone() throws IOException {
        try (TestServer.Device alice = server.newUser("private-bytes")) {
            Path local = Files.writeString(dir.resolve("secret.txt"), "only for the server's eyes " + alice.login());
            FileInfo file = alice.client().upload(local, "secret.txt", TransferListener.NONE);
            Path stored = server.storedBytes(file.id());

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored.getParent())))
                    .isEqualTo("rwx------");
        }
    }
}
