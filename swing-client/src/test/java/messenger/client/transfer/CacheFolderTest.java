package messenger.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import messenger.protocol.FileInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFolderTest {

    @TempDir
    Path root;

    @Test
    void theOldestFilesGoUntilTheFolderIsWithinItsBound() throws IOException {
        CacheFolder cache = new CacheFolder(root, 1_500);
        Path oldest = write("a", 1_000, 1);
        Path older = write("b", 1_000, 2);
        Path newer = write("c", 1_000, 3);
        Path newest = write("d", 100, 4);

        cache.trim();

        assertThat(oldest).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(newer).exists();
        assertThat(newest).exists();
    }

    @Test
    void aFilesCopyIsNamedByItsIdSoNamesNeverCollide() {
        CacheFolder cache = new CacheFolder(root, 1);

        Path seven = cache.pathFor(new FileInfo(7, "photo.png", 1, "0".repeat(64)));

        assertThat(seven).isNotEqualTo(cache.pathFor(new FileInfo(8, "photo.png", 1, "0".repeat(64))));
        assertThat(seven.getParent()).isEqualTo(root);
    }

    @Test
    void eachAccountKeepsItsCopiesApartAndDeletingTheFolderLeavesNone() throws IOException {
        String before = System.setProperty(CacheFolder.PROPERTY, root.toString());
        try {
            FileInfo picture = new FileInfo(7, "photo.png", 1, "0".repeat(64));
            CacheFolder alice = CacheFolder.forPreviews("chat.example:7777", "alice", 1_000);
            CacheFolder bob = CacheFolder.forPreviews("chat.example:7777", "bob", 1_000);
            CacheFolder aliceElsewhere = CacheFolder.forPreviews("other.example:7777", "alice", 1_000);
            Path copy = alice.pathFor(picture);
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, "alice's picture");

            assertThat(bob.pathFor(picture)).doesNotExist();
            assertThat(aliceElsewhere.pathFor(picture)).doesNotExist();
            alice.delete();
            assertThat(alice.folder()).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty(CacheFolder.PROPERTY);
            } else {
                System.setProperty(CacheFolder.PROPERTY, before);
            }
        }
    }

    @Test
    void aMissingFolderHasNothingToTrim() throws IOException {
        new CacheFolder(root.resolve("not yet"), 1).trim();
    }

    private Path write(String name, int size, long minute) throws IOException {
        Path file = Files.write(root.resolve(name), new byte[size]);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(60 * minute)));
        return file;
    }
}
