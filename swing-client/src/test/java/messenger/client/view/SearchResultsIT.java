package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.swing.JList;
import messenger.client.testing.RunningServer;
import messenger.protocol.Requests;
import messenger.protocol.Results.SearchHit;
import messenger.protocol.client.MessengerClient;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the message search shows: every hit, a page at a time as the list is scrolled to its end; a hit far back
 * opens in its conversation, lit up, with the newer messages loading below it as the reader scrolls down.
 */
class SearchResultsIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void scrollingToTheEndOfTheHitsShowsTheNextPage() {
        String word = "pagina" + UUID.randomUUID().toString().substring(0, 8);
        int written = 45;
        try (MessengerClient other = server.signedIn(RunningServer.uniqueLogin("paul"))) {
            IntStream.rangeClosed(1, written).forEach(i ->
                    other.send(UUID.randomUUID().toString(), word + " number " + i, null));
            // the server indexes after storing: the test starts once every message can be found
            await().atMost(ClientWindow.PATIENCE).until(() -> other.search(new Requests.Search(word, null, null, null,
                    null, null, Requests.Search.MAX_LIMIT, null)).hits().size() == written);
        }
        ClientWindow window = ClientWindow.withNewAccount(robot, server.address(), RunningServer.uniqueLogin("sam"));

        DialogFixture dialog = window.openSearch(true);
        dialog.textBox(MessageSearchDialog.FIELD).enterText(word);
        JList<?> list = (JList<?>) dialog.list(MessageSearchDialog.HITS).target();
        await().atMost(ClientWindow.PATIENCE).until(() -> onEdt(() -> list.getModel().getSize() > 0));
        int firstPage = onEdt(() -> list.getModel().getSize());
        assertThat(firstPage).isLessThan(written);

        await().atMost(ClientWindow.PATIENCE).until(() -> onEdt(() -> {
            list.ensureIndexIsVisible(list.getModel().getSize() - 1);
            return list.getModel().getSize() == written;
        }));
        assertThat(onEdt(() -> IntStream.range(0, list.getModel().getSize())
                .mapToObj(i -> ((SearchHit) list.getModel().getElementAt(i)).id())
                .distinct().count())).isEqualTo((long) written);
    }

    @Test
    void aHitFarBackOpensLitUpInItsConversationAndScrollingDownLoadsTheNewerMessages() {
        String tag = RunningServer.uniqueLogin("far");
        String word = "needle" + UUID.randomUUID().toString().substring(0, 8);
        String found = word + " far back";
        List<String> later = seedFarBack(tag, found, word);
        ClientWindow window = openHitFarBack(tag, word, found, later);

        await().atMost(ClientWindow.PATIENCE).until(() -> {
            window.frame.scrollPane(ConversationView.SCROLL_PANE).verticalScrollBar().scrollToMaximum();
            return window.shownTexts().contains(later.get(later.size() - 1));
        });
        assertThat(window.shownTexts()).containsSubsequence(found, later.get(0), later.get(later.size() - 1))
                .doesNotHaveDuplicates();
    }

    @Test
    void writingWhileReadingFarBackBringsTheNewestMessagesBack() {
        String tag = RunningServer.uniqueLogin("back");
        String word = "needle" + UUID.randomUUID().toString().substring(0, 8);
        String found = word + " far back";
        List<String> later = seedFarBack(tag, found, word);
        ClientWindow window = openHitFarBack(tag, word, found, later);

        String reply = "about that, " + tag;
        window.send(reply);

        window.storedRowShowing(reply);
        assertThat(window.shownTexts()).containsSubsequence(later.get(later.size() - 1), reply)
                .doesNotHaveDuplicates();
    }

    /** The message found, then 120 later ones in general, by three others; the later ones' texts. */
    private static List<String> seedFarBack(String tag, String found, String word) {
        List<String> later = IntStream.rangeClosed(1, 120).mapToObj(i -> "later " + tag + " " + i).toList();
        try (MessengerClient first = server.signedIn(RunningServer.uniqueLogin("fay"));
             MessengerClient second = server.signedIn(RunningServer.uniqueLogin("gus"));
             MessengerClient third = server.signedIn(RunningServer.uniqueLogin("hal"))) {
            List<MessengerClient> senders = List.of(first, second, third);
            first.send(UUID.randomUUID().toString(), found, null);
            for (int i = 0; i < later.size(); i++) {
                senders.get(i % senders.size()).send(UUID.randomUUID().toString(), later.get(i), null);
            }
            await().atMost(ClientWindow.PATIENCE).until(() -> !first.search(new Requests.Search(word)).hits().isEmpty());
        }
        return later;
    }

    /** A new account's window with the hit clicked: the message found lit up, the newest not loaded. */
    private ClientWindow openHitFarBack(String tag, String word, String found, List<String> later) {
        ClientWindow window = ClientWindow.withNewAccount(robot, server.address(), tag);
        String newest = later.get(later.size() - 1);
        await().atMost(ClientWindow.PATIENCE).until(() -> window.shownTexts().contains(newest));

        DialogFixture dialog = window.searchFor(word, true);
        JList<?> list = (JList<?>) dialog.list(MessageSearchDialog.HITS).target();
        await().atMost(ClientWindow.PATIENCE).until(() -> onEdt(() -> list.getModel().getSize() > 0));
        // the click chose the hit (the dialog closes), apart from the conversation then showing it
        ClientWindow.chooseClosing(dialog, dialog.list(MessageSearchDialog.HITS), 0);

        MessageRow row = window.storedRowShowing(found);
        await().atMost(ClientWindow.PATIENCE).until(() -> onEdt(row::isHighlighted));
        assertThat(window.shownTexts()).as("the page around the message found, not all that follows it")
                .doesNotContain(newest);
        return window;
    }
}
