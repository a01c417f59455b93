package messenger.client.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import messenger.client.cache.AccountCache;
import messenger.client.model.ChatMessage;
import messenger.client.model.ConnectionState;
import messenger.client.net.Device;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.FileInfo;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.Test;

/** A file shared while the server cannot be reached waits like a text, across a restart, and is shared once. */
class SharingOfflineIT extends SessionTest {

    @Test
    void aFileSharedWhileDisconnectedWaitsAcrossARestartAndIsSharedOnce() throws Exception {
        String alice = RunningServer.uniqueLogin("alice");
        Path shared = Files.writeString(folder.resolve("agenda " + alice + ".txt"), "1. files that wait");
        try (TcpRelay first = new TcpRelay(server.port());
             TcpRelay second = new TcpRelay(server.port());
             MessengerClient otherDevice = server.signedIn(alice)) {
            long room = otherDevice.createRoom("share-offline-" + alice, null, Conversation.PRIVATE).id();
            FileInfo file = otherDevice.upload(shared, shared.getFileName().toString(), TransferListener.NONE);
            try (AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
                RunningSession before = RunningSession.start(first.address(), alice, cache);
                before.awaitState(ConnectionState.CONNECTED);
                first.cut();
                before.awaitState(ConnectionState.RECONNECTING);
                SwingUtilities.invokeAndWait(() -> before.controllers().conversations().sendFile(room, file));
                assertThat(unsent(before)).isEqualTo(1);
                before.close();
                assertThat(before.unexpected).isEmpty();
            }

            Device signedIn = RunningSession.signIn(second.address(), alice);
            second.cut();
            try (AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
                RunningSession restarted = RunningSession.start(signedIn, cache);
                AtomicReference<messenger.client.model.Conversation> opened = new AtomicReference<>();
                SwingUtilities.invokeAndWait(() -> opened.set(restarted.controllers().conversations().open(room)));
                await().atMost(RunningSession.PATIENCE).until(() -> opened.get().pending().stream()
                        .map(ChatMessage::file).anyMatch(file::equals));

                second.restore();

                await().atMost(RunningSession.PATIENCE).until(() -> otherDevice.history(room, null, 10).messages()
                        .stream().anyMatch(message -> file.equals(message.file())));
                await().atMost(RunningSession.PATIENCE).until(() -> unsent(restarted) == 0);
                assertThat(otherDevice.history(room, null, 10).messages()).hasSize(1);
                restarted.close();
                assertThat(restarted.unexpected).isEmpty();
            }
        }
    }

    /** What the sign-out dialog would count: the messages the server has not stored yet. */
    private static int unsent(RunningSession session) throws Exception {
        CompletableFuture<Unsent> counted = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> session.controllers().conversations()
                .countUnsent(counted::complete, counted::completeExceptionally));
        return counted.get().waiting();
    }
}
