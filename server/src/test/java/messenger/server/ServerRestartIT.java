package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/** The packaged server, stopped and started again on the same data directory, still has everything. */
class ServerRestartIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void usersMessagesAndFilesSurviveARestart() throws Exception {
        Path dataDir = Path.of("target", "it-restart-" + System.nanoTime());
        Path original = dataDir.resolve("original.bin");
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(bytes);
        Files.createDirectories(dataDir);
        Files.write(original, bytes);

        Message sent;
        FileInfo file;
        try (ServerProcess server = ServerProcess.start(dataDir); MessengerClient client = server.connect()) {
            client.register("restart-user", PASSWORD);
            client.login("restart-user", PASSWORD, "it");
            file = client.upload(original, "original.bin", TransferListener.NONE);
            sent = client.send("before-restart", "still here after a restart", file.id());
        }

        try (ServerProcess server = ServerProcess.start(dataDir); MessengerClient client = server.connect()) {
            client.login("restart-user", PASSWORD, "it");
            assertThat(client.history(null, 10).messages()).containsExactly(sent);
            Path copy = dataDir.resolve("copy.bin");
            client.download(file.id(), copy, TransferListener.NONE);
            assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
            Message next = client.send("after-restart", "ids go on", null);
            assertThat(next.id()).isGreaterThan(sent.id());
        }
    }
}
