package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFileMeansNotSignedIn() throws Exception {
        assertThat(new ConfigFile(temp.resolve("absent")).load()).isEqualTo(Config.EMPTY);
    }

    @Test
    void whatIsSavedIsLoadedAgain() throws Exception {
        ConfigFile file = new ConfigFile(temp.resolve("messenger"));
        Config config = new Config("[::1]:7777", "alice", "q3XbW3m1dQ9cN0yJ7b8rKp2vA5sT6uE4wZ1fH8gL0iO");

        file.save(config);

        assertThat(file.load()).isEqualTo(config);
    }

    @Test
    void theTlsSettingIsSavedWithTheServerAndKeptOnSignOut() throws Exception {
        ConfigFile file = new ConfigFile(temp);
        Config withCertificate = new Config("localhost:7777", "alice", "token",
                new TlsSetting(true, Path.of("/etc/messenger/server.crt")));
        Config systemTrust = new Config("chat.example.org:7777", "alice", "token", new TlsSetting(true, null));

        file.save(withCertificate);
        assertThat(file.load()).isEqualTo(withCertificate);
        file.save(file.load().signedOut());
        assertThat(file.load().tls()).isEqualTo(withCertificate.tls());

        file.save(systemTrust);
        assertThat(file.load()).isEqualTo(systemTrust);
        assertThat(Files.readString(file.path())).contains("tls=true").doesNotContain("tls-cert");
    }

    @Test
    void signingOutKeepsServerAndLoginButNotTheToken() throws Exception {
        ConfigFile file = new ConfigFile(temp);
        file.save(new Config("localhost:7777", "alice", "token"));

        file.save(file.load().signedOut());

        assertThat(file.load()).isEqualTo(new Config("localhost:7777", "alice", null));
        assertThat(Files.readString(file.path())).doesNotContain("token=");
    }

    @Test
    void folderAndFileAreForTheOwnerOnly() throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = temp.resolve("new").resolve("messenger");
        ConfigFile file = new ConfigFile(folder);

        file.save(new Config("localhost:7777", "alice", "token"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file.path());
        }
    }
}
