package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void changesMadeAtOnceAreAllKept() throws Exception {
        ConfigFile file = new ConfigFile(temp);
        file.save(new Config("localhost:7777", "alice", "0"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> changes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                changes.add(threads.submit(() -> file.update(
                        config -> new Config(config.server(), config.login(), next(config.token())))));
            }
            for (Future<?> change : changes) {
                change.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(file.load().token()).isEqualTo("200");
    }

    @Test
    void aChangeWaitsForAnotherProcessChangingTheFile() throws Exception {
        ConfigFile file = new ConfigFile(temp);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConfigLockHolder.class.getName(), temp.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader otherSays = new BufferedReader(
                    new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(otherSays.readLine()).isEqualTo("locked");

            CompletableFuture<Config> mine = CompletableFuture.supplyAsync(() -> {
                try {
                    return file.update(config -> new Config(config.server(), config.login(), config.token() + ", mine"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Thread.sleep(500);
            assertThat(mine).as("waits while the other run holds the lock").isNotDone();
            try (OutputStream tellOther = other.getOutputStream()) {
                tellOther.write('\n');
            }

            assertThat(mine.get(30, TimeUnit.SECONDS).token()).isEqualTo(ConfigLockHolder.TOKEN);
            assertThat(file.load().token()).isEqualTo(ConfigLockHolder.TOKEN + ", mine");
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).isZero();
        } finally {
            other.destroyForcibly();
        }
    }

    private static String next(String count) {
        return Integer.toString(Integer.parseInt(count) + 1);
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
