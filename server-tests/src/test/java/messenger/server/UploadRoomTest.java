package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import messenger.handlers.HandlerConfig;
import messenger.handlers.file.FileEntity;
import messenger.protocol.ErrorCode;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerException;
import org.junit.jupiter.api.Test;

/**
 * The room unfinished uploads hold is capped per user at the largest file allowed, so that one user starting
 * uploads they never send cannot keep everyone else from uploading ({@link FreeSpaceTest} has the rest).
 */
@QuarkusTest
class UploadRoomTest {

    @Inject
    TestServer server;

    @Inject
    HandlerConfig config;

    @Test
    void uploadsOneUserNeverSendsDoNotTakeEveryonesRoom() throws Exception {
        long largest = config.maxFileSize();
        long free = Files.getFileStore(Path.of("target")).getUsableSpace();
        String sha256 = Sha256.hex(new byte[0]);
        try (TestServer.Device mallory = server.newUser("hoarder"); TestServer.Device alice = server.newUser("sharer")) {
            try {
                for (long declared = 0; declared <= free; declared += largest) {
                    try {
                        mallory.client().uploadStart("hoard-" + declared + ".img", largest, sha256);
                    } catch (MessengerException e) {
                        assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
                        break; // a disk under twice the largest file: the hoarder's own uploads hold it
                    }
                }

                assertThat(alice.client().uploadStart("video.mp4", Math.min(largest, free / 3), sha256).uploadId())
                        .as("started while the hoarder's uploads declare more than the free space").isPositive();
            } finally {
                QuarkusTransaction.requiringNew().run(() -> FileEntity.delete("owner.login in ?1",
                        List.of(mallory.login(), alice.login())));
            }
        }
    }
}
