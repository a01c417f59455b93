package messenger.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which process a stale pid file may make the server stop: only a MariaDB from the data directory's binaries. */
class LeftoverDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aMariaDbFromThisDataDirectoryIsTheLeftover() throws Exception {
        Path binaries = Files.createDirectories(dataDir.resolve("mariadb"));

        assertThat(EmbeddedDatabase.isMariaDbFrom(binaries,
                binaries.toRealPath().resolve("bin/mariadbd").toString())).isTrue();
    }

    @Test
    void theMachinesOwnMariaDbOrAnotherProgramIsLeftAlone() throws Exception {
        Path binaries = Files.createDirectories(dataDir.resolve("mariadb"));

        assertThat(EmbeddedDatabase.isMariaDbFrom(binaries, "/usr/sbin/mariadbd")).isFalse();
        assertThat(EmbeddedDatabase.isMariaDbFrom(binaries, "/usr/sbin/mysqld")).isFalse();
        assertThat(EmbeddedDatabase.isMariaDbFrom(binaries,
                binaries.toRealPath().resolve("bin/my_print_defaults").toString())).isFalse();
        assertThat(EmbeddedDatabase.isMariaDbFrom(binaries,
                binaries.toRealPath().resolveSibling("mariadb-other/bin/mariadbd").toString())).isFalse();
    }
}
