package messenger.client.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptTokenTest {

    @TempDir
    Path data;

    @Test
    void aKeptTokenIsReadBackFromAFolderAndAFileOnlyItsOwnerMayRead() throws Exception {
        Path folder = data.resolve("localhost_7777").resolve("alice");

        new KeptToken("Alice", "token-1").keepIn(folder);

        assertThat(KeptToken.isIn(folder)).isTrue();
        assertThat(KeptToken.in(folder)).contains(new KeptToken("Alice", "token-1"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(KeptToken.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void keepingAgainReplacesTheTokenAndLeavesNoOtherFile() throws Exception {
        new KeptToken("alice", "old").keepIn(data);

        new KeptToken("alice", "new").keepIn(data);

        assertThat(KeptToken.in(data)).contains(new KeptToken("alice", "new"));
        try (var files = Files.list(data)) {
            assertThat(files).containsExactly(data.resolve(KeptToken.FILE));
        }
    }

    @Test
    void aForgottenTokenIsGone() throws Exception {
        new KeptToken("alice", "token").keepIn(data);

        KeptToken.forgetIn(data);

        assertThat(KeptToken.isIn(data)).isFalse();
        assertThat(KeptToken.in(data)).isEmpty();
    }

    @Test
    void aFileThisClientDidNotWriteKeepsNoToken() throws Exception {
        Files.writeString(data.resolve(KeptToken.FILE), "just one line");

        assertThat(KeptToken.in(data)).isEmpty();
    }

    @Test
    void theTokenNeverShowsInTheRecordsText() {
        assertThat(new KeptToken("alice", "secret-token")).hasToString("KeptToken[alice]");
    }
}
