package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.MenuElement;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.MessengerClient;
import org.assertj.swing.exception.ComponentLookupException;
import org.assertj.swing.fixture.JMenuItemFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A conversation that feels alive, between two windows on the real server: what alice does in one (typing,
 * replying, editing, deleting, reacting) bob sees in the other as it happens, and the other way round; who is here,
 * who has read what, and which messages notify.
 */
class LiveConversationIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private String alice;
    private String bob;
    private ClientWindow aliceWindow;
    private ClientWindow bobWindow;
    private MessengerClient aliceElsewhere;
    private Conversation direct;

    @BeforeEach
    void twoPeopleInADirectConversation() {
        alice = RunningServer.uniqueLogin("alice");
        bob = RunningServer.uniqueLogin("bob");
        aliceWindow = ClientWindow.withNewAccount(robot, server.address(), alice);
        bobWindow = ClientWindow.withNewAccount(robot, server.address(), bob);
        aliceElsewhere = server.connect();
        aliceElsewhere.login(alice, RunningServer.PASSWORD, "elsewhere");
        direct = aliceElsewhere.openDirect(bob);
        aliceWindow.openInSidebar(Sidebar.DIRECTS, bob);
        bobWindow.openInSidebar(Sidebar.DIRECTS, alice);
    }

    @AfterEach
    void closeOtherDevice() {
        aliceElsewhere.close();
    }

    @Test
    void whatOneWindowDoesToMessagesTheOtherSeesAsItHappens() {
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(dotInSidebar(aliceWindow, bob)).isEqualTo(Palette.ONLINE));

        bobWindow.type(Composer.TEXT, "lunch at noon?");
        await().atMost(ClientWindow.PATIENCE).until(() -> (bob + " is typing…").equals(typingLine(aliceWindow)));
        bobWindow.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        aliceWindow.awaitShown("lunch at noon?");
        await().atMost(ClientWindow.PATIENCE).until(() -> typingLine(aliceWindow).isEmpty());

        choose(menuOf(aliceWindow, "lunch at noon?"), MessageMenu.REPLY);
        aliceWindow.frame.label(Composer.CONTEXT).requireText("↪ Replying to " + bob + ": lunch at noon?");
        aliceWindow.send("yes, the usual place");
        MessageRow reply = bobWindow.storedRowShowing("yes, the usual place");
        assertThat(ClientWindow.labelText(reply, QuoteView.NAME)).isEqualTo("↪ " + bob + ": lunch at noon?");
        // the row may be rebuilt (a receipt, a re-layout) between finding it and clicking: find it again then
        await().atMost(ClientWindow.PATIENCE).ignoreExceptionsInstanceOf(IllegalStateException.class)
                .untilAsserted(() -> {
                    MessageRow row = bobWindow.storedRowShowing("yes, the usual place");
                    robot.click(onEdt(() -> ClientWindow.find(row, QuoteView.NAME).orElseThrow()));
                });
        await().atMost(ClientWindow.PATIENCE).until(() -> isHighlighted(bobWindow, "lunch at noon?"));

        react(bobWindow, "yes, the usual place", "👍");
        await().atMost(ClientWindow.PATIENCE).until(() -> reaction(aliceWindow, "yes, the usual place", "👍")
                .startsWith("👍 1 | " + bob + " reacted with 👍"));

        long lunch = aliceElsewhere.history(direct.id(), null, 10).messages().stream()
                .filter(message -> "lunch at noon?".equals(message.text())).findFirst().orElseThrow().id();
        for (int i = 1; i <= ProtocolRules.REACTIONS_PER_MESSAGE_MAX; i++) {
            aliceElsewhere.react(lunch, "x" + i);
        }
        await().atMost(ClientWindow.PATIENCE).until(() -> reaction(bobWindow, "lunch at noon?", "x20").startsWith("x20 1"));
        react(bobWindow, "lunch at noon?", "👍");
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> assertThat(bobWindow.label(ConversationPane.NOTICE))
                .startsWith("Reaction not changed: ").hasSizeGreaterThan("Reaction not changed: ".length() + 3));

        aliceWindow.frame.textBox(Composer.TEXT).click();
        aliceWindow.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_UP);
        aliceWindow.frame.textBox(Composer.TEXT).requireText("yes, the usual place");
        aliceWindow.frame.textBox(Composer.TEXT).setText("yes, the new place");
        aliceWindow.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        MessageRow edited = bobWindow.storedRowShowing("yes, the new place");
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(onEdt(() -> aliceWindow.frame.textBox(Composer.TEXT).target().getText()))
                        .as("saved, the edit ends").isEmpty());
        assertThat(ClientWindow.labelText(edited, MessageRow.TIME)).startsWith(MessageRow.EDITED_MARK);
        assertThat(onEdt(() -> ClientWindow.find(edited, ReactionsBar.NAME).isPresent())).as("reactions stay").isTrue();

        aliceWindow.send("this was a mistake");
        bobWindow.awaitShown("this was a mistake");
        choose(menuOf(aliceWindow, "this was a mistake"), MessageMenu.DELETE);
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            assertThat(bobWindow.shownTexts()).doesNotContain("this was a mistake");
            assertThat(deletedShown(bobWindow)).isEqualTo(1);
        });
        JPopupMenu othersMessage = menuOf(bobWindow, "yes, the new place");
        assertThat(onEdt(() -> item(othersMessage, MessageMenu.EDIT).isEnabled()))
                .as("only the author edits").isFalse();

        bobWindow.frame.textBox(Composer.TEXT).click();
        await().atMost(ClientWindow.PATIENCE).until(() -> seenBy(aliceWindow).equals(List.of("Seen by " + bob)));
    }

    @Test
    void aMentionNotifiesIsCountedApartAndTheUsersChoicesReachTheServer() {
        // a new account has all of general's history unread, unless its window marked it read before the set-up
        // switched to the direct conversation: read up to now on alice's other device, which her window hears
        List<Message> newest = aliceElsewhere.history(null, 1).messages();
        if (!newest.isEmpty()) {
            aliceElsewhere.markRead(newest.get(0).conversation(), newest.get(0).id());
        }
        await().atMost(ClientWindow.PATIENCE).until(() -> aliceWindow.sidebarLook(Sidebar.ROOMS, "general").isEmpty());
        bobWindow.openInSidebar(Sidebar.ROOMS, "general");
        bobWindow.send("have you seen this, @" + alice + "?");
        bobWindow.send("just chatting in general");

        await().atMost(ClientWindow.PATIENCE).until(() -> toastTitle(aliceWindow).equals(bob + " in #general"));
        await().atMost(ClientWindow.PATIENCE).until(() -> sidebarMentions(aliceWindow, "general").equals("@1"));
        assertThat(aliceWindow.sidebarLook(Sidebar.ROOMS, "general")).isEqualTo("2 bold");

        robot.click(onEdt(() -> ClientWindow.find(aliceWindow.frame.target(), Toast.NAME).orElseThrow()));
        aliceWindow.awaitOpen("general");
        MessageRow mention = aliceWindow.storedRowShowing("have you seen this, @" + alice + "?");
        assertThat(ClientWindow.labelText(mention, MessageRow.NEW_MESSAGES)).isEqualTo("New messages");
        await().atMost(ClientWindow.PATIENCE).until(() -> sidebarMentions(aliceWindow, "general").isEmpty());

        aliceWindow.frame.button(ConversationHeader.NOTIFICATIONS_BUTTON).click();
        new JMenuItemFixture(robot, showing(ConversationHeader.NOTIFY + Conversation.NOTIFICATIONS_NONE,
                JMenuItem.class)).click();
        long general = aliceElsewhere.allConversations().conversations().stream()
                .filter(conversation -> conversation.name().equals("general")).findFirst().orElseThrow().id();
        await().atMost(ClientWindow.PATIENCE).until(() ->
                Conversation.NOTIFICATIONS_NONE.equals(aliceElsewhere.conversation(general).notifications()));
        aliceWindow.frame.button(ConversationHeader.NOTIFICATIONS_BUTTON).requireText("Notify: off ▾");

        bobWindow.frame.button(ChatScreen.SETTINGS_BUTTON).click();
        JMenuItemFixture receipts = new JMenuItemFixture(robot, showing(ChatScreen.RECEIPTS_ITEM,
                JCheckBoxMenuItem.class));
        await().atMost(ClientWindow.PATIENCE).until(() -> onEdt(() -> receipts.target().isEnabled()));
        assertThat(onEdt(() -> receipts.target().isSelected())).as("shared by default").isTrue();
        receipts.click();
        await().atMost(ClientWindow.PATIENCE).until(() -> !sharesReceipts(bob));
    }

    /** The item of a menu just clicked open, once its popup shows: the click opens it a moment later. */
    private <T extends JMenuItem> T showing(String name, Class<T> type) {
        return await().atMost(ClientWindow.PATIENCE).ignoreException(ComponentLookupException.class)
                .until(() -> robot.finder().findByName(name, type, true), Objects::nonNull);
    }

    /** Whether this user shares read receipts, as the server says. */
    private boolean sharesReceipts(String login) {
        try (MessengerClient bobClient = server.connect()) {
            bobClient.login(login, RunningServer.PASSWORD, "check");
            return bobClient.settings(null).receipts();
        }
    }

    /**
     * The context menu a right-click on the message shows (MessageMenuIT shows it that way); here its items are
     * chosen on the event thread, as a popup of one of two windows made the robot wait for idle again and again.
     */
    private JPopupMenu menuOf(ClientWindow window, String shown) {
        // a row found may be rebuilt (a receipt) before its bubble is looked up: then the row is looked for again
        return await().atMost(ClientWindow.PATIENCE).until(() -> {
            MessageRow row = window.storedRowShowing(shown);
            return onEdt(() -> ClientWindow.find(row, MessageRow.BUBBLE)
                    .map(bubble -> ((JComponent) bubble).getComponentPopupMenu()));
        }, Optional::isPresent).orElseThrow();
    }

    private static void choose(JPopupMenu menu, String name) {
        onEdt(() -> {
            item(menu, name).doClick();
            return null;
        });
    }

    /** The item named {@code name} in {@code menu} or one of its submenus; to be called on the event thread. */
    private static JMenuItem item(MenuElement menu, String name) {
        return find(menu, name).orElseThrow(() -> new AssertionError("no menu item " + name));
    }

    private static Optional<JMenuItem> find(MenuElement menu, String name) {
        for (MenuElement element : menu.getSubElements()) {
            if (element instanceof JMenuItem menuItem && name.equals(menuItem.getName())) {
                return Optional.of(menuItem);
            }
            Optional<JMenuItem> below = find(element, name);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private void react(ClientWindow window, String shown, String emoji) {
        choose(menuOf(window, shown), ReactionsBar.REACTION + emoji);
    }

    /** The button of a reaction under the message showing {@code shown}; to be called on the event thread. */
    private static Optional<JButton> reactionButton(List<MessageRow> rows, String shown, String emoji) {
        return rows.stream().filter(row -> ClientWindow.shownText(row).equals(shown))
                .flatMap(row -> ClientWindow.find(row, ReactionsBar.REACTION + emoji).stream())
                .map(JButton.class::cast).findFirst();
    }

    /** What the reaction's button says, and its tooltip. */
    private static String reaction(ClientWindow window, String shown, String emoji) {
        List<MessageRow> rows = window.rows();
        return onEdt(() -> reactionButton(rows, shown, emoji)
                .map(button -> button.getText() + " | " + button.getToolTipText()).orElse(""));
    }

    private static boolean isHighlighted(ClientWindow window, String shown) {
        List<MessageRow> rows = window.rows();
        return onEdt(() -> rows.stream().anyMatch(row -> ClientWindow.shownText(row).equals(shown)
                && row.isHighlighted()));
    }

    private static String typingLine(ClientWindow window) {
        return window.label(TypingLine.NAME);
    }

    private static String toastTitle(ClientWindow window) {
        return Optional.ofNullable(window.label(Toast.TITLE)).orElse("");
    }

    private static long deletedShown(ClientWindow window) {
        List<MessageRow> rows = window.rows();
        return onEdt(() -> rows.stream().filter(row -> ClientWindow.find(row, MessageRow.DELETED).isPresent())
                .count());
    }

    private static List<String> seenBy(ClientWindow window) {
        List<MessageRow> rows = window.rows();
        return onEdt(() -> rows.stream().flatMap(row -> ClientWindow.find(row, MessageRow.SEEN_BY).stream())
                .map(label -> ((JLabel) label).getText()).toList());
    }

    private static Color dotInSidebar(ClientWindow window, String name) {
        return window.sidebarCell(Sidebar.DIRECTS, name).dot().color();
    }

    private static String sidebarMentions(ClientWindow window, String name) {
        SidebarCell cell = window.sidebarCell(Sidebar.ROOMS, name);
        return onEdt(cell::mentionsText);
    }
}
