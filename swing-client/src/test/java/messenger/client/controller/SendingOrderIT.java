package messenger.client.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.util.stream.IntStream;
import javax.swing.SwingUtilities;
import messenger.client.cache.AccountCache;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;

/** Messages written quickly in a row reach the server in the order they were written, through the real cache. */
class SendingOrderIT extends SessionTest {

    private static final int MESSAGES = 40;

    @Test
    void messagesSentQuicklyInARowAreStoredInTheOrderWritten() throws Exception {
        String login = RunningServer.uniqueLogin("quick");
        try (MessengerClient account = server.signedIn(login);
             AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
            long room = account.createRoom("order-" + login, null, Conversation.PRIVATE).id();
            RunningSession session = RunningSession.start(server.address(), login, cache);

            SwingUtilities.invokeAndWait(() -> IntStream.rangeClosed(1, MESSAGES).forEach(i ->
                    session.controllers().conversations().send(room, "quick " + i)));

            await().atMost(RunningSession.PATIENCE).until(() -> account.history(room, null, 100).messages().size(),
                    stored -> stored == MESSAGES);
            session.close();
            assertThat(account.history(room, null, 100).messages()).extracting(Message::text)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, MESSAGES).mapToObj(i -> "quick " + i).toList());
            assertThat(session.unexpected).isEmpty();
        }
    }
}
