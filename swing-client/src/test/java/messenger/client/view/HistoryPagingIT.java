package messenger.client.view;

import messenger.client.testing.RunningServer;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.stream.IntStream;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HistoryPagingIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    /** Whole pages, so every page that loads holds only seeded messages, whatever other tests wrote before. */
    private static final int SEEDED = 30;
    private static final int PAGE = 10;

    @Test
    void scrollingToTheTopLoadsTheNextTenOlderMessagesWithoutMovingTheView() {
        String tag = RunningServer.uniqueLogin("history");
        List<String> seeded = IntStream.rangeClosed(1, SEEDED)
                .mapToObj(i -> "history " + i + " " + tag + "\nsecond line\nthird line").toList();
        try (MessengerClient frank = server.signedIn(RunningServer.uniqueLogin("frank"));
             MessengerClient grace = server.signedIn(RunningServer.uniqueLogin("grace"))) {
            for (int i = 0; i < SEEDED; i++) {
                (i % 2 == 0 ? frank : grace).send("seed-" + tag + "-" + i, seeded.get(i), null);
            }
        }
        ClientWindow window = ClientWindow.open(robot, server.address());
        window.createAccount(tag, RunningServer.PASSWORD);

        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(window.shownTexts()).endsWith(seeded.subList(SEEDED - PAGE, SEEDED).toArray(String[]::new)));
        assertThat(window.shownTexts()).as("only the newest page on open").hasSize(PAGE);
        assertThat(atBottom(window)).isTrue();

        for (int loaded = PAGE; loaded < SEEDED; loaded += PAGE) {
            String topBefore = window.shownTexts().get(0);
            window.frame.scrollPane(ConversationView.SCROLL_PANE).verticalScrollBar().scrollToMinimum();

            int expected = loaded + PAGE;
            await().atMost(ClientWindow.PATIENCE).until(() -> window.shownTexts().size() >= expected);
            assertThat(window.shownTexts()).as("exactly one more page").isEqualTo(seeded.subList(SEEDED - expected, SEEDED));
            assertThat(offsetInView(window, topBefore))
                    .as("the message that was at the top stays at the top, with the older ones above it")
                    .isBetween(0, 80);
            assertThat(atBottom(window)).isFalse();
        }
    }

    private static boolean atBottom(ClientWindow window) {
        return onEdt(() -> {
            JScrollBar bar = ((JScrollPane) ClientWindow.find(window.frame.target(), ConversationView.SCROLL_PANE)
                    .orElseThrow()).getVerticalScrollBar();
            return bar.getValue() + bar.getVisibleAmount() >= bar.getMaximum() - 2;
        });
    }

    /** How far below the top of the visible area the row showing this text is. */
    private static int offsetInView(ClientWindow window, String text) {
        return onEdt(() -> {
            JScrollPane scroll = (JScrollPane) ClientWindow.find(window.frame.target(), ConversationView.SCROLL_PANE)
                    .orElseThrow();
            int rowY = window.rows().stream().filter(row -> ClientWindow.shownText(row).equals(text))
                    .findFirst().orElseThrow().getY();
            return rowY - scroll.getViewport().getViewPosition().y;
        });
    }
}
