package messenger.client.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import javax.swing.SwingUtilities;
import messenger.client.cache.AccountCache;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.OthersNow;
import messenger.client.model.Transfers;
import messenger.client.net.Accounts;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Messages written quickly in a row reach the server in the order they were written, through the real cache. */
class SendingOrderIT {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final int MESSAGES = 40;

    @TempDir
    Path folder;

    @Test
    void messagesSentQuicklyInARowAreStoredInTheOrderWritten() throws Exception {
        String login = RunningServer.uniqueLogin("quick");
        try (MessengerClient account = server.signedIn(login);
             AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
            long room = account.createRoom("order-" + login, null, Conversation.PRIVATE).id();
            List<Throwable> unexpected = new CopyOnWriteArrayList<>();
            SessionController session = new SessionController(
                    Accounts.signIn(ServerAddress.parse(server.address()), Tls.none(), login, RunningServer.PASSWORD),
                    cache, new ConversationDirectory(login), new ConnectionStatus(), new Transfers(), new OthersNow(),
                    ReconnectPolicy.DEFAULT, Clock.systemUTC(), Throwable::getMessage, unexpected::add);
            session.start();

            SwingUtilities.invokeAndWait(() -> IntStream.rangeClosed(1, MESSAGES).forEach(i ->
                    session.controllers().conversations().send(room, "quick " + i)));

            await().atMost(Duration.ofMinutes(1)).until(() -> account.history(room, null, 100).messages().size(),
                    stored -> stored == MESSAGES);
            session.close();
            assertThat(account.history(room, null, 100).messages()).extracting(Message::text)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, MESSAGES).mapToObj(i -> "quick " + i).toList());
            assertThat(unexpected).isEmpty();
        }
    }
}
