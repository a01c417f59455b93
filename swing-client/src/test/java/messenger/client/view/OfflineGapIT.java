package messenger.client.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import messenger.client.cache.AccountCache;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;

/**
 * Two stretches of a conversation kept with messages missing between them (the newest page, and an old page kept
 * when the reader jumped to a message found): offline the newer stretch is not shown as if the older one followed
 * it, the reader is told the older messages did not load, and once the server is back the missing ones come.
 */
class OfflineGapIT extends RelayedGuiTest {

    private static final int BETWEEN = 60;
    private static final int OLD_PAGE = 20;

    @Test
    void messagesMissingBetweenKeptStretchesAreNotShownAsContinuousAndComeOnceOnline() throws Exception {
        String login = RunningServer.uniqueLogin("gina");
        ClientWindow first = ClientWindow.open(robot, relay.address());
        String room = "gaps " + login;
        String original = "the original " + login;
        String answer = "the answer " + login;
        try (MessengerClient elsewhere = server.signedIn(login)) {
            Conversation conversation = elsewhere.createRoom(room, null, Conversation.PUBLIC);
            long originalId = elsewhere.send(conversation.id(), "o", original, null).id();
            IntStream.rangeClosed(1, BETWEEN).forEach(i ->
                    elsewhere.send(conversation.id(), "b" + i, between(i, login), null));
            elsewhere.send(conversation.id(), "a", answer, null);
            first.doNotStaySignedIn();
            first.signIn(login, RunningServer.PASSWORD);
            first.openInSidebar(Sidebar.ROOMS, room);
            first.awaitShown(answer);
            first.frame.close();
            keepAsAJumpWould(login, elsewhere.historyAround(conversation.id(), originalId, OLD_PAGE).messages());
        }

        relay.cut();
        ClientWindow offline = ClientWindow.open(robot, first.preferences);
        offline.doNotStaySignedIn();
        offline.signInWithoutServer(login, RunningServer.PASSWORD);
        offline.openInSidebar(Sidebar.ROOMS, room);
        offline.awaitShown(answer);
        // each page kept comes in as the reader reaches the top, until one does not
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            scrollToTop(offline);
            assertThat(offline.label(ConversationView.HISTORY_STATE)).startsWith("Older messages did not load");
        });
        assertThat(offline.shownTexts()).as("nothing from before the gap")
                .doesNotContain(original, between(OLD_PAGE / 2, login)).contains(between(BETWEEN, login));

        relay.restore();
        offline.awaitConnected();
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            scrollToTop(offline);
            assertThat(offline.shownTexts()).containsSubsequence(original, between(BETWEEN / 2, login), answer);
        });
    }

    /** Keeps the page around a message far back, as the client does when the reader jumps to it. */
    private static void keepAsAJumpWould(String login, List<Message> page) throws Exception {
        Path folder = ClientWindow.accountFolder(login);
        await().atMost(ClientWindow.PATIENCE).until(() -> Files.exists(folder.resolve("cache.db")));
        try (AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
            cache.messages().store(page);
            cache.stretches().keep(page.get(0).conversation(), 0, page.get(page.size() - 1).id());
        }
    }

    private static void scrollToTop(ClientWindow window) {
        window.frame.scrollPane(ConversationView.SCROLL_PANE).verticalScrollBar().scrollToMinimum();
    }

    /** Three lines each, so that a page does not fill the window at once. */
    private static String between(int i, String login) {
        return "between " + i + " " + login + "\nsecond line\nthird line";
    }
}
