package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JLabel;
import messenger.client.cache.AccountCache;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;

/**
 * Messages the server refuses while their conversation is not open are kept: written in a room while the
 * connection is down, the writer is removed from it before they go out, so the server refuses them. They show as
 * not sent, the room marked in the sidebar once the writer is back in it, across a restart of the client (signing
 * out counts them), until one is tried again (and stored) and the other discarded.
 */
class RefusedMessagesIT extends RelayedGuiTest {

    @Test
    void messagesRefusedWhileTheirRoomIsNotOpenAreKeptAcrossARestartUntilTriedAgainOrDiscarded() throws Exception {
        String login = RunningServer.uniqueLogin("rhea");
        String room = "plans-" + login;
        String retried = "written before removal " + login;
        String discarded = "better left unsaid " + login;
        try (MessengerClient owner = server.signedIn(RunningServer.uniqueLogin("olivia"))) {
            ClientWindow first = ClientWindow.withNewAccount(robot, relay.address(), login);
            long plans = owner.createRoom(room, null, Conversation.PRIVATE).id();
            owner.invite(plans, login);
            first.openInSidebar(Sidebar.ROOMS, room);

            relay.cut();
            await().atMost(ClientWindow.PATIENCE).until(() -> !"Connected".equals(first.connectionState()));
            first.send(retried);
            first.send(discarded);
            first.awaitShown(retried, discarded);
            first.openInSidebar(Sidebar.ROOMS, "general");
            owner.removeMember(plans, login);
            relay.restore();

            // the outbox sends both once connected; refused, they stay in the cache
            Path folder = ClientWindow.accountFolder(login);
            await().atMost(ClientWindow.PATIENCE).until(() -> refusedIn(folder).getOrDefault(plans, 0) == 2);
            owner.invite(plans, login);
            await().atMost(ClientWindow.PATIENCE).until(() -> first.sidebar(Sidebar.ROOMS).contains(room));
            await().atMost(ClientWindow.PATIENCE).until(() -> showsNotSent(first, room));
            first.frame.close();

            ClientWindow restarted = ClientWindow.open(robot, first.preferences);
            restarted.awaitChat();
            await().atMost(ClientWindow.PATIENCE).until(() -> showsNotSent(restarted, room));
            restarted.frame.button(ChatScreen.SIGN_OUT_BUTTON).click();
            JOptionPaneFixture question = ClientWindow.optionPane(robot);
            assertThat(onEdt(() -> ((JLabel) question.label(SignOutDialog.UNSENT_LABEL).target()).getText()))
                    .contains(SignOutDialog.unsentWarning(0, 2));
            ClientWindow.answer(question, pane -> pane.buttonWithText("Cancel"));
            await().atMost(ClientWindow.PATIENCE).until(() -> onEdt(() -> restarted.frame.button(
                    ChatScreen.SIGN_OUT_BUTTON).target().isEnabled()));
            restarted.openInSidebar(Sidebar.ROOMS, room);
            MessageRow toDiscard = restarted.rowShowing(discarded);
            assertThat(ClientWindow.labelText(toDiscard, MessageRow.PROBLEM)).startsWith("Not sent: ");
            assertThat(ClientWindow.labelText(restarted.rowShowing(retried), MessageRow.PROBLEM))
                    .startsWith("Not sent: ");

            click(toDiscard, MessageRow.DISCARD);
            await().atMost(ClientWindow.PATIENCE).until(() -> !restarted.shownTexts().contains(discarded));
            click(restarted.rowShowing(retried), MessageRow.TRY_AGAIN);

            restarted.storedRowShowing(retried);
            await().atMost(ClientWindow.PATIENCE).until(() -> !showsNotSent(restarted, room));
            assertThat(owner.history(plans, null, 50).messages()).extracting(Message::text)
                    .containsOnlyOnce(retried).doesNotContain(discarded);
            assertThat(restarted.shownTexts()).doesNotContain(discarded);
            await().atMost(ClientWindow.PATIENCE).until(() -> refusedIn(folder).isEmpty());
        }
    }

    private void click(MessageRow row, String button) {
        JButton found = onEdt(() -> (JButton) ClientWindow.find(row, button).orElseThrow());
        new JButtonFixture(robot, found).click();
    }

    private static boolean showsNotSent(ClientWindow window, String room) {
        if (!window.sidebar(Sidebar.ROOMS).contains(room)) {
            return false;
        }
        SidebarCell cell = window.sidebarCell(Sidebar.ROOMS, room);
        return onEdt(cell::showsNotSent);
    }

    /** What the client's cache holds as refused, read beside the client, as a second window of the account would. */
    private static Map<Long, Integer> refusedIn(Path folder) throws Exception {
        try (AccountCache cache = AccountCache.open(folder, Clock.systemUTC())) {
            return cache.pending().refusedCounts();
        }
    }
}
