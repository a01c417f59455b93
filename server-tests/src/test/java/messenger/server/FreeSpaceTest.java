package messenger.server;

import static messenger.server.RequestErrors.catchError;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import messenger.handlers.file.FileEntity;
import messenger.protocol.ErrorCode;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerException;
import org.junit.jupiter.api.Test;

/**
 * An upload bigger than the room left where its bytes would go is refused at {@code upload.start}, before a byte
 * moves and without a row, the room that unfinished uploads have yet to fill counted as taken: here with the
 * filesystem store, the default; {@link DatabaseFreeSpaceTest} repeats the first.
 */
@QuarkusTest
@TestProfile(FreeSpaceTest.NoSizeLimit.class)
class FreeSpaceTest {

    /** So that the room left, not the largest file allowed, is what refuses it. */
    public static class NoSizeLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("messenger.max-file-size", String.valueOf(Long.MAX_VALUE));
        }
    }

    private static final long A_PEBIBYTE = 1L << 50;
    private static final String ANY_SHA256 = Sha256.hex(new byte[0]);

    @Inject
    TestServer server;

    /** Two large uploads side by side: the second may not count on the room the first has yet to fill. */
    @Test
    void theRoomAnUnfinishedUploadWillTakeIsNotOfferedAgain() throws Exception {
        long big = threeFifthsOfTheFreeSpace();
        String first = "first-" + UUID.randomUUID() + ".img";
        String second = "second-" + UUID.randomUUID() + ".img";
        try (TestServer.Device alice = server.newUser("reserve")) {
            alice.client().uploadStart(first, big, ANY_SHA256);
            try {
                MessengerException refused = catchError(() -> alice.client().uploadStart(second, big, ANY_SHA256));

                assertThat(refused.code()).isEqualTo(ErrorCode.TOO_LARGE);
                assertThat(QuarkusTransaction.requiringNew().call(() -> FileEntity.count("name", second)))
                        .as("uploads of that name").isZero();
            } finally {
                // an upload left unfinished would take the room of every later test's
                QuarkusTransaction.requiringNew().run(() -> FileEntity.delete("name in ?1", List.of(first, second)));
            }
        }
    }

    /** A client that started an upload and went away does not keep the room from others for a day. */
    @Test
    void anUploadIdleForTenMinutesNoLongerHoldsItsRoom() throws Exception {
        long big = threeFifthsOfTheFreeSpace();
        String idle = "idle-" + UUID.randomUUID() + ".img";
        String next = "next-" + UUID.randomUUID() + ".img";
        try (TestServer.Device mallory = server.newUser("idle"); TestServer.Device alice = server.newUser("next")) {
            mallory.client().uploadStart(idle, big, ANY_SHA256);
            try {
                QuarkusTransaction.requiringNew().run(() -> FileEntity.update("updatedAt = ?1 where name = ?2",
                        Instant.now().minus(Duration.ofMinutes(11)), idle));

                assertThat(alice.client().uploadStart(next, big, ANY_SHA256).uploadId()).isPositive();
            } finally {
                QuarkusTransaction.requiringNew().run(() -> FileEntity.delete("name in ?1", List.of(idle, next)));
            }
        }
    }

    /** Unfinished uploads may count on more than the disk holds once it has filled up; an empty file needs no room. */
    @Test
    void anEmptyFileIsTakenWhenUnfinishedUploadsCountOnMoreThanTheRoomLeft() throws Exception {
        long big = threeFifthsOfTheFreeSpace();
        String started = "started-" + UUID.randomUUID() + ".img";
        String empty = "empty-" + UUID.randomUUID() + ".txt";
        try (TestServer.Device mallory = server.newUser("overcommit");
                TestServer.Device alice = server.newUser("empty")) {
            mallory.client().uploadStart(started, big, ANY_SHA256);
            try {
                // as if the disk had filled up since: the bytes still to come exceed the free space
                QuarkusTransaction.requiringNew().run(() -> FileEntity.update("size = ?1 where name = ?2", 2 * big,
                        started));

                assertThat(alice.client().uploadStart(empty, 0, ANY_SHA256).uploadId()).isPositive();
            } finally {
                QuarkusTransaction.requiringNew().run(() -> FileEntity.delete("name in ?1", List.of(started, empty)));
            }
        }
    }

    @Test
    void anUploadBiggerThanTheRoomLeftIsRefusedBeforeAByteMoves() {
        String name = "huge-" + UUID.randomUUID() + ".img";
        try (TestServer.Device alice = server.newUser("room")) {
            MessengerException refused = catchError(() -> alice.client().uploadStart(name, A_PEBIBYTE, ANY_SHA256));

            assertThat(refused.code()).isEqualTo(ErrorCode.TOO_LARGE);
            assertThat(refused.getMessage()).contains("room for").contains("nothing was stored");
            assertThat(refused.getMessage().replace(String.valueOf(A_PEBIBYTE), ""))
                    .as("the free space, which is not the uploader's business").doesNotContainPattern("\\d");
            assertThat(QuarkusTransaction.requiringNew().call(() -> FileEntity.count("name", name)))
                    .as("uploads of that name").isZero();
        }
    }

    private static long threeFifthsOfTheFreeSpace() throws IOException {
        return Files.getFileStore(Path.of("target")).getUsableSpace() / 5 * 3;
    }
}
