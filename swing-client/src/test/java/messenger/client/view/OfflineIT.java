package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.JLabel;
import javax.swing.JList;
import messenger.client.cache.AccountCache;
import messenger.client.testing.RunningServer;
import messenger.client.transfer.CacheFolder;
import messenger.protocol.Message;
import messenger.protocol.Results.SearchHit;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ServerAddress;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;

/**
 * The client without its server: started with the server unreachable it shows what it kept, searches it, keeps
 * what is written and sends it once when the server is back, also across a restart; a damaged cache is rebuilt;
 * signing out can remove what was kept.
 * The server is "down" behind a relay that refuses every connection.
 */
class OfflineIT extends RelayedGuiTest {

    @Test
    void withTheServerDownTheCacheIsShownSearchedAndWhatIsWrittenIsSentOnceWhenItIsBack() {
        String login = RunningServer.uniqueLogin("olga");
        String cafe = "Un café au lait " + login;
        String shanghai = "我在上海工作 " + login;
        ClientWindow first = ClientWindow.open(robot, relay.address());
        first.doNotStaySignedIn();
        first.createAccount(login, RunningServer.PASSWORD);
        first.send(cafe);
        first.send(shanghai);
        first.storedRowShowing(cafe);
        first.storedRowShowing(shanghai);
        first.frame.close();

        relay.cut();
        ClientWindow offline = ClientWindow.open(robot, first.preferences);
        offline.doNotStaySignedIn();
        offline.signInWithoutServer(login, RunningServer.PASSWORD);

        offline.awaitShown(cafe, shanghai);
        assertThat(offline.connectionState()).isIn("Reconnecting", "Connecting");
        // filtered by sender: general keeps what an earlier attempt of this test wrote there
        assertThat(hitsFor(offline, "cafe", false)).filteredOn(hit -> hit.from().equals(login)).singleElement()
                .satisfies(hit -> {
                    assertThat(hit.snippet()).isEqualTo(cafe);
                    assertThat(hit.snippet().substring(hit.ranges().get(0).start(), hit.ranges().get(0).end()))
                            .isEqualTo("café");
                });
        assertThat(hitsFor(offline, "上海", true)).filteredOn(hit -> hit.from().equals(login))
                .extracting(SearchHit::snippet).containsExactly(shanghai);

        String writtenOffline = "written offline " + login;
        offline.send(writtenOffline);
        offline.awaitShown(writtenOffline);
        offline.frame.close();

        ClientWindow restarted = ClientWindow.open(robot, first.preferences);
        restarted.signInWithoutServer(login, RunningServer.PASSWORD);
        restarted.awaitShown(cafe, writtenOffline);
        DialogFixture search = restarted.searchFor("cafe", true);
        await().atMost(ClientWindow.PATIENCE).until(() -> stateOf(search).startsWith(MessageSearchDialog.OFFLINE)
                && hitCount(search) > 0);
        relay.restore();

        restarted.awaitConnected();
        // the search still open asks the server again: its answer replaces the cache's
        await().atMost(ClientWindow.PATIENCE).until(() -> !stateOf(search).startsWith(MessageSearchDialog.OFFLINE)
                && hitCount(search) > 0);
        search.close();
        try (MessengerClient other = server.signedIn(RunningServer.uniqueLogin("checker"))) {
            await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> assertThat(other.history(null, 50).messages())
                    .filteredOn(message -> writtenOffline.equals(message.text())).hasSize(1));
            restarted.storedRowShowing(writtenOffline);
            assertThat(other.history(null, 50).messages()).extracting(Message::text)
                    .containsOnlyOnce(writtenOffline);
        }
    }

    @Test
    void aDamagedCacheIsSetAsideAndFilledAgainFromTheServer() throws Exception {
        String login = RunningServer.uniqueLogin("damaged");
        ClientWindow first = ClientWindow.open(robot, server.address());
        first.doNotStaySignedIn();
        first.createAccount(login, RunningServer.PASSWORD);
        String before = "before the damage " + login;
        first.send(before);
        first.awaitShown(before);
        first.frame.close();
        Path folder = ClientWindow.accountFolder(login);
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(folder.resolve("cache.db")).exists());
        // the closed window's session lets go of the file in the background; SQLite's last close folds the
        // write-ahead log into the file and deletes it, which would write over damage made before
        await().atMost(ClientWindow.PATIENCE).until(() -> !Files.exists(folder.resolve("cache.db-wal")));
        Files.writeString(folder.resolve("cache.db"), "not a database at all".repeat(500));
        Files.deleteIfExists(folder.resolve("cache.db-shm"));

        ClientWindow again = ClientWindow.open(robot, first.preferences);
        again.signIn(login, RunningServer.PASSWORD);

        again.awaitShown(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("cache.db.damaged-"));
        }
        assertThat(hitsFor(again, "damage", true)).filteredOn(hit -> hit.from().equals(login))
                .extracting(SearchHit::snippet).containsExactly(before);
    }

    @Test
    void anEditThatFailsOfflineKeepsTheNewTextToTryAgain() {
        String login = RunningServer.uniqueLogin("edith");
        ClientWindow window = ClientWindow.open(robot, relay.address());
        window.createAccount(login, RunningServer.PASSWORD);
        window.send("the old text " + login);
        window.storedRowShowing("the old text " + login);
        relay.cut();
        await().atMost(ClientWindow.PATIENCE).until(() -> !"Connected".equals(window.connectionState()));

        window.frame.textBox(Composer.TEXT).click();
        window.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_UP);
        window.frame.textBox(Composer.TEXT).requireText("the old text " + login);
        window.frame.textBox(Composer.TEXT).setText("the new text " + login);
        window.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> assertThat(window.label(ConversationPane.NOTICE))
                .startsWith("Not edited: "));
        window.frame.textBox(Composer.TEXT).requireText("the new text " + login);
        assertThat(window.label(Composer.CONTEXT)).startsWith("Editing your message");
    }

    @Test
    void signingOutCanRemoveTheAccountsDataFromThisComputer() throws Exception {
        String login = RunningServer.uniqueLogin("leaving");
        ClientWindow window = ClientWindow.open(robot, server.address());
        window.createAccount(login, RunningServer.PASSWORD);
        Path folder = ClientWindow.accountFolder(login);
        Path pictures = CacheFolder.forPreviews(ServerAddress.parse(server.address()).toString(), login, 1).folder();
        Files.createDirectories(pictures);
        Files.writeString(pictures.resolve("7-photo.png"), "a picture fetched for a preview");

        window.frame.button(ChatScreen.SIGN_OUT_BUTTON).click();
        JOptionPaneFixture question = ClientWindow.optionPane(robot);
        assertThat(onEdt(() -> ClientWindow.find(question.target(), SignOutDialog.UNSENT_LABEL))).isEmpty();
        ClientWindow.check(question.checkBox(SignOutDialog.FORGET_CHECKBOX));
        ClientWindow.answer(question, pane -> pane.buttonWithText(SignOutDialog.CONFIRM));

        await().atMost(ClientWindow.PATIENCE).until(() ->
                onEdt(() -> ClientWindow.find(window.frame.target(), LoginScreen.SUBMIT_BUTTON).isPresent()));
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> assertThat(folder).doesNotExist());
        assertThat(pictures).doesNotExist();
    }

    @Test
    void signingOutSaysHowManyMessagesWereNotSentAndNoneGoesOutAtTheNextSignIn() throws Exception {
        String login = RunningServer.uniqueLogin("hasty");
        ClientWindow window = ClientWindow.withNewAccount(robot, relay.address(), login);
        relay.cut();
        await().atMost(ClientWindow.PATIENCE).until(() -> !"Connected".equals(window.connectionState()));
        String first = "never sent 1 " + login;
        String second = "never sent 2 " + login;
        window.send(first);
        window.send(second);
        window.awaitShown(first, second);

        window.frame.button(ChatScreen.SIGN_OUT_BUTTON).click();
        JOptionPaneFixture question = ClientWindow.optionPane(robot);
        assertThat(onEdt(() -> ((JLabel) question.label(SignOutDialog.UNSENT_LABEL).target()).getText()))
                .contains(SignOutDialog.unsentWarning(2, 0));
        ClientWindow.answer(question, pane -> pane.buttonWithText(SignOutDialog.CONFIRM));
        await().atMost(ClientWindow.PATIENCE).until(() ->
                onEdt(() -> ClientWindow.find(window.frame.target(), LoginScreen.SUBMIT_BUTTON).isPresent()));
        // signed out while the server could not be told: its token still works there, and must not be kept here
        Path folder = ClientWindow.accountFolder(login);
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            try (AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
                assertThat(cache.token(RunningServer.PASSWORD)).as("the token for a start without the server")
                        .isEmpty();
            }
        });

        relay.restore();
        window.signIn(login, RunningServer.PASSWORD);
        String after = "written after signing in again " + login;
        window.send(after);
        // the outbox sends in order: had the two been kept, they would be stored before this one
        window.storedRowShowing(after);
        try (MessengerClient other = server.signedIn(RunningServer.uniqueLogin("checker"))) {
            assertThat(other.history(null, 50).messages()).extracting(Message::text)
                    .contains(after).doesNotContain(first, second);
        }
    }

    private static String stateOf(DialogFixture search) {
        return onEdt(() -> ((JLabel) search.label(MessageSearchDialog.STATE).target()).getText());
    }

    private static int hitCount(DialogFixture search) {
        return onEdt(() -> ((JList<?>) search.list(MessageSearchDialog.HITS).target()).getModel().getSize());
    }

    /** Opens the search (Ctrl+F here, Ctrl+Shift+F in all) with the query; its hits, once there are some. */
    private List<SearchHit> hitsFor(ClientWindow window, String query, boolean everywhere) {
        DialogFixture dialog = window.searchFor(query, everywhere);
        JList<?> list = (JList<?>) dialog.list(MessageSearchDialog.HITS).target();
        await().atMost(ClientWindow.PATIENCE).until(() -> onEdt(() -> list.getModel().getSize() > 0));
        String state = onEdt(() -> ((JLabel) dialog.label(MessageSearchDialog.STATE).target()).getText());
        if (!"Connected".equals(window.connectionState())) {
            assertThat(state).startsWith(MessageSearchDialog.OFFLINE);
        }
        List<SearchHit> hits = onEdt(() -> java.util.stream.IntStream.range(0, list.getModel().getSize())
                .mapToObj(i -> (SearchHit) list.getModel().getElementAt(i)).toList());
        ClientWindow.chooseClosing(dialog, dialog.list(MessageSearchDialog.HITS), 0);
        return hits;
    }
}
