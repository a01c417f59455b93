package messenger.client.view;

import messenger.client.testing.LargeFile;
import messenger.client.testing.RunningServer;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.JButton;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;

class ReconnectIT extends RelayedGuiTest {

    @Test
    void afterADroppedConnectionTheClientReconnectsAndFillsTheGapOnce() {
        String heidi = RunningServer.uniqueLogin("heidi");
        String ivan = RunningServer.uniqueLogin("ivan");
        ClientWindow window = ClientWindow.open(robot, relay.address());
        window.createAccount(heidi, RunningServer.PASSWORD);
        window.send("before the drop " + heidi);
        window.awaitShown("before the drop " + heidi);

        relay.cut();
        await().atMost(ClientWindow.PATIENCE).until(() -> "Reconnecting".equals(window.connectionState()));

        List<String> meanwhile = List.of("while you were away 1 " + heidi, "while you were away 2 " + heidi,
                "while you were away 3 " + heidi);
        String writtenOffline = "written while offline " + heidi;
        try (MessengerClient other = server.signedIn(ivan)) {
            for (int i = 0; i < meanwhile.size(); i++) {
                other.send("gap-" + heidi + "-" + i, meanwhile.get(i), null);
            }
            window.send(writtenOffline);
            window.awaitShown(writtenOffline);
            assertThat(ClientWindow.labelText(window.rowShowing(writtenOffline), MessageRow.TIME))
                    .isEqualTo(MessageRow.PENDING_TEXT);

            relay.restore();

            window.awaitConnected();
            window.awaitShown(meanwhile.toArray(String[]::new));
            window.storedRowShowing(writtenOffline);
            List<String> shown = window.shownTexts();
            for (String text : meanwhile) {
                assertThat(Collections.frequency(shown, text)).as(text).isEqualTo(1);
            }
            assertThat(Collections.frequency(shown, writtenOffline)).isEqualTo(1);
            assertThat(shown.indexOf(meanwhile.get(2))).isLessThan(shown.indexOf(writtenOffline));
            List<Message> stored = other.history(null, 20).messages();
            assertThat(stored.stream().filter(message -> writtenOffline.equals(message.text()))).hasSize(1);
        }
    }

    @Test
    void aMessageWrittenOfflineInARoomIsSentThereOnceTheClientIsBack() {
        String olga = RunningServer.uniqueLogin("olga");
        ClientWindow window = ClientWindow.open(robot, relay.address());
        window.createAccount(olga, RunningServer.PASSWORD);
        try (MessengerClient other = server.signedIn(RunningServer.uniqueLogin("peter"))) {
            Conversation room = other.createRoom("offline-" + olga, null, Conversation.PUBLIC);
            other.invite(room.id(), olga);
            window.openInSidebar(Sidebar.ROOMS, room.name());

            relay.cut();
            await().atMost(ClientWindow.PATIENCE).until(() -> "Reconnecting".equals(window.connectionState()));
            String writtenOffline = "written in the room while offline " + olga;
            window.send(writtenOffline);
            window.awaitShown(writtenOffline);
            relay.restore();

            window.awaitConnected();
            await().atMost(ClientWindow.PATIENCE).until(() -> other.history(room.id(), null, 10).messages().stream()
                    .filter(message -> writtenOffline.equals(message.text())).count() == 1);
            assertThat(other.history(null, 50).messages()).noneMatch(message -> writtenOffline.equals(message.text()));
        }
    }

    @Test
    void anOutageIsSaidPlainlyWithACountdownAndRetryNow() {
        String nora = RunningServer.uniqueLogin("nora");
        ClientWindow window = ClientWindow.open(robot, relay.address());
        window.createAccount(nora, RunningServer.PASSWORD);
        window.awaitConnected();

        relay.cut();

        // the countdown and "Retry now" show between tries; "Trying now…" hides the button while a try runs
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            assertThat(window.connectionState()).isEqualTo("Reconnecting");
            assertThat(window.label(StatusBar.DETAIL)).isEqualTo("The connection to " + relay.address() + " was lost.");
            assertThat(window.label(StatusBar.COUNTDOWN)).matches("Next try in \\d+ s");
            assertThat(onEdt(() -> ClientWindow.find(window.frame.target(), StatusBar.RETRY_NOW)
                    .filter(Component::isShowing))).isPresent();
        });
        relay.restore();
        // the next scheduled try may win the race with the click: either way the connection comes back
        onEdt(() -> {
            ClientWindow.find(window.frame.target(), StatusBar.RETRY_NOW).filter(Component::isShowing)
                    .ifPresent(button -> ((JButton) button).doClick());
            return null;
        });

        window.awaitConnected();
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            assertThat(ClientWindow.find(window.frame.target(), StatusBar.RETRY_NOW)).isEmpty();
            assertThat(ClientWindow.find(window.frame.target(), StatusBar.COUNTDOWN)).isEmpty();
        });
    }

    @Test
    void anUploadCutOffFromTheServerCanBeCancelledAndSharesNothing() throws Exception {
        String judith = RunningServer.uniqueLogin("judith");
        ClientWindow window = ClientWindow.open(robot, relay.address());
        window.createAccount(judith, RunningServer.PASSWORD);
        Path file = LargeFile.write(Path.of("target", "it-files", "cancel-" + System.nanoTime()),
                "never shared " + judith + ".bin", 128);

        // hashing and sending 128 MiB take seconds: the connections drop while the upload runs
        window.attach(file);
        relay.cut();
        await().atMost(ClientWindow.PATIENCE).until(() -> showsAnUpload(window));
        window.frame.button(UploadsView.CANCEL_BUTTON).click();
        await().atMost(ClientWindow.PATIENCE).until(() -> !showsAnUpload(window));
        relay.restore();

        window.awaitConnected();
        String after = "after the cancel " + judith;
        window.send(after);
        window.awaitShown(after);
        assertThat(window.shownTexts()).doesNotContain(file.getFileName().toString());
        try (MessengerClient other = server.signedIn(RunningServer.uniqueLogin("karl"))) {
            assertThat(other.history(null, 50).messages()).noneMatch(message -> message.file() != null
                    && message.file().name().equals(file.getFileName().toString()));
        }
    }

    @Test
    void olderMessagesThatFailedToLoadOfflineLoadOnceTheConnectionIsBack() {
        String lotte = RunningServer.uniqueLogin("lotte");
        List<String> seeded = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> "older " + i + " " + lotte + "\nsecond line\nthird line").toList();
        try (MessengerClient other = server.signedIn(RunningServer.uniqueLogin("max"))) {
            for (int i = 0; i < seeded.size(); i++) {
                other.send("older-" + lotte + "-" + i, seeded.get(i), null);
            }
        }
        ClientWindow window = ClientWindow.open(robot, relay.address());
        window.createAccount(lotte, RunningServer.PASSWORD);
        window.awaitShown(seeded.get(19));

        relay.cut();
        await().atMost(ClientWindow.PATIENCE).until(() -> "Reconnecting".equals(window.connectionState()));
        window.frame.scrollPane(ConversationView.SCROLL_PANE).verticalScrollBar().scrollToMinimum();
        await().atMost(ClientWindow.PATIENCE).until(() ->
                historyState(window).startsWith("Older messages did not load"));

        relay.restore();

        window.awaitConnected();
        window.awaitShown(seeded.get(0));
        assertThat(historyState(window)).doesNotStartWith("Older messages did not load");
    }

    private static String historyState(ClientWindow window) {
        return ClientWindow.labelText(window.frame.target(), ConversationView.HISTORY_STATE);
    }

    private static boolean showsAnUpload(ClientWindow window) {
        return ClientWindow.onEdt(() -> ClientWindow.find(window.frame.target(), UploadsView.ROW).isPresent());
    }
}
