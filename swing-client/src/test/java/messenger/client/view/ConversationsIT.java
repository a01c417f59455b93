package messenger.client.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Container;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.JTextComponent;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.Member;
import messenger.protocol.client.MessengerClient;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JScrollBarFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rooms and direct messages in the window: the sidebar, the dialogs that start or find conversations, switching
 * between them, the member list, and how messages and changes elsewhere show. Another user acts through a plain
 * protocol connection.
 */
class ConversationsIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private String me;
    private ClientWindow window;
    private String otherLogin;
    private MessengerClient other;

    @BeforeEach
    void signIn() {
        me = RunningServer.uniqueLogin("me");
        otherLogin = RunningServer.uniqueLogin("other");
        other = server.signedIn(otherLogin);
        window = ClientWindow.withNewAccount(robot, server.address(), me);
        window.awaitOpen("general");
    }

    @AfterEach
    void closeOther() {
        other.close();
    }

    @Test
    void theSidebarListsRoomsAndDirectsMostRecentFirstWithUnreadInBoldAndBadges() {
        Conversation quiet = roomWithMe("quiet");
        Conversation busy = roomWithMe("busy");
        Conversation direct = other.openDirect(me);
        say(busy, "one", "two");
        say(quiet, "three");
        say(direct, "hello you");

        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            assertThat(window.sidebar(Sidebar.ROOMS)).containsExactly(quiet.name(), busy.name(), "general");
            assertThat(window.sidebar(Sidebar.DIRECTS)).containsExactly(otherLogin);
            assertThat(window.sidebarLook(Sidebar.ROOMS, quiet.name())).isEqualTo("1 bold");
            assertThat(window.sidebarLook(Sidebar.ROOMS, busy.name())).isEqualTo("2 bold");
            assertThat(window.sidebarLook(Sidebar.DIRECTS, otherLogin)).isEqualTo("1 bold");
        });
        assertThat(window.sidebarLook(Sidebar.ROOMS, "general")).as("open and read").isEmpty();

        window.openInSidebar(Sidebar.ROOMS, busy.name());

        window.awaitShown("one", "two");
        await().atMost(ClientWindow.PATIENCE).until(() -> window.sidebarLook(Sidebar.ROOMS, busy.name()).isEmpty());
        assertThat(other.conversation(busy.id()).members()).isEqualTo(2);
    }

    @Test
    void aNewRoomIsCreatedWithItsTopicAndOpened() {
        String name = "plans " + UUID.randomUUID().toString().substring(0, 8);

        window.frame.button(Sidebar.NEW_ROOM_BUTTON).click();
        DialogFixture dialog = dialog(NewRoomDialog.NAME);
        type(dialog, NewRoomDialog.NAME_FIELD, name);
        type(dialog, NewRoomDialog.TOPIC_FIELD, "what comes next");
        JCheckBox isPrivate = dialog.checkBox(NewRoomDialog.PRIVATE_CHECKBOX).target();
        ClientWindow.onEdt(() -> {
            isPrivate.setSelected(true);
            return null;
        });
        press(dialog, NewRoomDialog.CREATE_BUTTON, NewRoomDialog.PROBLEM);

        window.awaitOpen(name);
        assertThat(window.label(ConversationHeader.TOPIC)).isEqualTo("what comes next");
        assertThat(window.sidebar(Sidebar.ROOMS)).contains(name);
        assertThat(other.browseRooms(name, null, 10).rooms()).as("private").isEmpty();
        window.send("first words in " + name);
        window.awaitShown("first words in " + name);
    }

    @Test
    void browsingFindsAPublicRoomAndJoinsIt() {
        String name = "garden-" + UUID.randomUUID().toString().substring(0, 8);
        Conversation room = other.createRoom(name, "plants and weeds", Conversation.PUBLIC);
        say(room, "welcome to the garden");

        window.frame.button(Sidebar.BROWSE_BUTTON).click();
        DialogFixture dialog = dialog(BrowseRoomsDialog.NAME);
        type(dialog, BrowseRoomsDialog.FILTER_FIELD, name.substring(0, 10));
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(dialog.list(BrowseRoomsDialog.LIST).contents())
                        .containsExactly("# " + name + " — plants and weeds · 1 member"));
        dialog.button(BrowseRoomsDialog.JOIN_BUTTON).requireText("Join");
        press(dialog, BrowseRoomsDialog.JOIN_BUTTON, BrowseRoomsDialog.PROBLEM);

        window.awaitOpen(name);
        window.awaitShown("welcome to the garden");
        assertThat(window.sidebar(Sidebar.ROOMS)).contains(name);
        assertThat(other.members(room.id(), null, 10).members()).extracting(Member::login).contains(me);
    }

    @Test
    void aDirectMessageStartsFromAUserSearchAsOneTypes() {
        window.frame.button(Sidebar.NEW_DIRECT_BUTTON).click();
        DialogFixture dialog = dialog(NewDirectDialog.NAME);
        type(dialog, NewDirectDialog.SEARCH_FIELD, otherLogin.substring(0, otherLogin.length() - 1));
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(dialog.list(NewDirectDialog.LIST).contents()).containsExactly(otherLogin));
        press(dialog, NewDirectDialog.OPEN_BUTTON, NewDirectDialog.PROBLEM);

        window.awaitOpen(otherLogin);
        assertThat(window.sidebar(Sidebar.DIRECTS)).containsExactly(otherLogin);
        window.send("just between us");
        window.awaitShown("just between us");
        long direct = other.openDirect(me).id();
        await().atMost(ClientWindow.PATIENCE).until(() -> other.history(direct, null, 10).messages().stream()
                .anyMatch(message -> "just between us".equals(message.text())));
    }

    @Test
    void switchingConversationsKeepsEachOnesDraftAndScrollPosition() {
        Conversation room = roomWithMe("long");
        IntStream.rangeClosed(1, 12).forEach(i -> say(room, "line " + i + "\nsecond line\nthird line"));
        window.openInSidebar(Sidebar.ROOMS, room.name());
        window.awaitShown("line 12\nsecond line\nthird line");
        JScrollBarFixture bar = window.frame.scrollPane(ConversationView.SCROLL_PANE).verticalScrollBar();
        int middle = ClientWindow.onEdt(() -> (bar.target().getMaximum() - bar.target().getVisibleAmount()) / 2);
        bar.scrollTo(middle);
        window.type(Composer.TEXT, "half a thought about the room");

        window.openInSidebar(Sidebar.ROOMS, "general");
        window.frame.textBox(Composer.TEXT).requireEmpty();
        window.type(Composer.TEXT, "and one about general");
        window.openInSidebar(Sidebar.ROOMS, room.name());

        window.frame.textBox(Composer.TEXT).requireText("half a thought about the room");
        assertThat(ClientWindow.onEdt(() -> window.frame.scrollPane(ConversationView.SCROLL_PANE).target()
                .getVerticalScrollBar().getValue())).isEqualTo(middle);
        window.openInSidebar(Sidebar.ROOMS, "general");
        window.frame.textBox(Composer.TEXT).requireText("and one about general");
    }

    @Test
    void aReplyBeingWrittenKeepsWhatItAnswersWhileAnotherConversationIsOpen() {
        Conversation room = roomWithMe("reply");
        String question = "where do we meet " + me + "?";
        say(room, question);
        window.openInSidebar(Sidebar.ROOMS, room.name());
        window.awaitShown(question);
        JPopupMenu menu = await().atMost(ClientWindow.PATIENCE).until(() -> {
            MessageRow row = window.storedRowShowing(question);
            return ClientWindow.onEdt(() -> ClientWindow.find(row, MessageRow.BUBBLE)
                    .map(bubble -> ((JComponent) bubble).getComponentPopupMenu()));
        }, Optional::isPresent).orElseThrow();
        ClientWindow.onEdt(() -> {
            Arrays.stream(menu.getSubElements()).map(JMenuItem.class::cast)
                    .filter(item -> MessageMenu.REPLY.equals(item.getName())).findFirst().orElseThrow().doClick();
            return null;
        });
        window.type(Composer.TEXT, "at the station");

        window.openInSidebar(Sidebar.ROOMS, "general");
        window.openInSidebar(Sidebar.ROOMS, room.name());
        window.frame.label(Composer.CONTEXT).requireText("↪ Replying to " + otherLogin + ": " + question);
        window.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> assertThat(other.history(room.id(), null, 10)
                .messages()).filteredOn(message -> "at the station".equals(message.text())).singleElement()
                .satisfies(answer -> assertThat(answer.replyTo().text()).isEqualTo(question)));
    }

    @Test
    void ctrlKSwitchesToAConversationByPartOfItsName() {
        Conversation room = roomWithMe("elsewhere");
        await().atMost(ClientWindow.PATIENCE).until(() -> window.sidebar(Sidebar.ROOMS).contains(room.name()));

        window.frame.textBox(Composer.TEXT).click();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_K);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        DialogFixture switcher = dialog(QuickSwitcher.NAME);
        type(switcher, QuickSwitcher.FIELD, room.name().substring(3));
        assertThat(switcher.list(QuickSwitcher.LIST).contents()).hasSize(1);
        JTextField typed = (JTextField) switcher.textBox(QuickSwitcher.FIELD).target();
        ClientWindow.onEdt(() -> {
            typed.postActionEvent();
            return null;
        });

        window.awaitOpen(room.name());
    }

    @Test
    void theMemberListInvitesRemovesAndLeaves() {
        String name = "team-" + UUID.randomUUID().toString().substring(0, 8);
        try (MessengerClient meElsewhere = server.connect()) {
            meElsewhere.login(me, RunningServer.PASSWORD, "test");
            meElsewhere.createRoom(name, null, Conversation.PRIVATE);
        }
        window.openInSidebar(Sidebar.ROOMS, name);
        window.frame.toggleButton(ConversationHeader.MEMBERS_BUTTON).click();
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(window.frame.list(MemberPanel.LIST).contents()).containsExactly(me + " · owner"));

        window.type(MemberPanel.INVITE_FIELD, otherLogin);
        window.frame.button(MemberPanel.INVITE_BUTTON).click();
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(window.frame.list(MemberPanel.LIST).contents()).contains(otherLogin));
        assertThat(other.conversations(null, 100).conversations()).extracting(Conversation::name).contains(name);

        window.frame.list(MemberPanel.LIST).clickItem(otherLogin);
        window.frame.button(MemberPanel.REMOVE_BUTTON).click();
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(window.frame.list(MemberPanel.LIST).contents()).containsExactly(me + " · owner"));
        assertThat(other.conversations(null, 100).conversations()).extracting(Conversation::name).doesNotContain(name);

        window.frame.button(MemberPanel.LEAVE_BUTTON).click();
        window.awaitOpen("general");
        assertThat(window.sidebar(Sidebar.ROOMS)).doesNotContain(name);
        assertThat(window.label(ConversationPane.NOTICE)).isEqualTo("You left " + name + ".");
    }

    /** Nobody can be invited to general, leave it or be removed from it, and nothing says when an account joins. */
    @Test
    void generalIsEveryonesAndOffersNoInvitationOrLeaving() {
        window.frame.toggleButton(ConversationHeader.MEMBERS_BUTTON).requireText("Everyone");
        window.frame.toggleButton(ConversationHeader.MEMBERS_BUTTON).click();
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(window.frame.list(MemberPanel.LIST).contents()).contains(me, otherLogin));

        assertThat(showing(MemberPanel.INVITE_FIELD, MemberPanel.INVITE_BUTTON, MemberPanel.LEAVE_BUTTON,
                MemberPanel.REMOVE_BUTTON)).containsOnly(false);

        Conversation room = roomWithMe("ordinary");
        window.openInSidebar(Sidebar.ROOMS, room.name());
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            window.frame.toggleButton(ConversationHeader.MEMBERS_BUTTON).requireText("2 members");
            window.frame.button(MemberPanel.LEAVE_BUTTON).requireVisible();
            window.frame.button(MemberPanel.INVITE_BUTTON).requireVisible();
        });
    }

    @Test
    void theTitleCountsTheUnreadMessagesOfEveryConversation() {
        Conversation room = roomWithMe("counted");
        Conversation direct = other.openDirect(me);
        await().atMost(ClientWindow.PATIENCE).until(() -> window.sidebar(Sidebar.ROOMS).contains(room.name()));

        say(room, "a", "b");
        say(direct, "c");

        await().atMost(ClientWindow.PATIENCE).until(() -> window.title().startsWith("(3) Messenger — " + me));
        window.openInSidebar(Sidebar.DIRECTS, otherLogin);
        await().atMost(ClientWindow.PATIENCE).until(() -> window.title().startsWith("(2) Messenger"));
        window.openInSidebar(Sidebar.ROOMS, room.name());
        await().atMost(ClientWindow.PATIENCE).until(() -> window.title().startsWith("Messenger — " + me));
    }

    @Test
    void aMessageToAnotherConversationUpdatesItsEntryAndLeavesTheOpenOneAlone() {
        Conversation room = roomWithMe("aside");
        window.send("in general " + me);
        window.awaitShown("in general " + me);
        List<String> before = window.shownTexts();

        say(room, "meanwhile in the room " + me);

        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            assertThat(window.sidebar(Sidebar.ROOMS).get(0)).isEqualTo(room.name());
            assertThat(window.sidebarLook(Sidebar.ROOMS, room.name())).isEqualTo("1 bold");
        });
        assertThat(window.shownTexts()).isEqualTo(before);
        window.awaitOpen("general");
    }

    @Test
    void aRoomTheUserIsRemovedFromLeavesTheSidebarWithANotice() {
        Conversation room = roomWithMe("doomed");
        say(room, "you will not stay");
        window.openInSidebar(Sidebar.ROOMS, room.name());
        window.awaitShown("you will not stay");

        other.removeMember(room.id(), me);

        window.awaitOpen("general");
        await().atMost(ClientWindow.PATIENCE).until(() -> !window.sidebar(Sidebar.ROOMS).contains(room.name()));
        assertThat(window.label(ConversationPane.NOTICE))
                .isEqualTo("You were removed from " + room.name() + " by " + otherLogin + ".");
    }

    @Test
    void aFileAttachedInARoomIsPostedThereAndPagingLoadsTheRoomsOlderMessages() throws Exception {
        Conversation room = roomWithMe("files");
        IntStream.rangeClosed(1, 14).forEach(i -> say(room, "older " + i));
        window.openInSidebar(Sidebar.ROOMS, room.name());
        window.awaitShown("older 14");
        Path file = Files.createDirectories(Path.of("target", "it-files", "room-" + System.nanoTime()))
                .resolve("agenda.txt");
        Files.writeString(file, "1. coffee\n2. plans\n");

        window.attach(file);

        window.storedRowShowing("agenda.txt");
        await().atMost(ClientWindow.PATIENCE).until(() -> other.history(room.id(), null, 5).messages().stream()
                .anyMatch(message -> message.file() != null && "agenda.txt".equals(message.file().name())));
        window.frame.scrollPane(ConversationView.SCROLL_PANE).verticalScrollBar().scrollToMinimum();
        window.awaitShown("older 1");
    }

    @Test
    void readingOnAnotherDeviceClearsTheBadgeHere() {
        Conversation room = roomWithMe("read-elsewhere");
        say(room, "read me elsewhere");
        await().atMost(ClientWindow.PATIENCE).until(() ->
                window.sidebar(Sidebar.ROOMS).contains(room.name())
                        && window.sidebarLook(Sidebar.ROOMS, room.name()).equals("1 bold"));

        try (MessengerClient meElsewhere = server.connect()) {
            meElsewhere.login(me, RunningServer.PASSWORD, "phone");
            meElsewhere.markRead(room.id(), other.conversation(room.id()).lastMessage().id());
        }

        await().atMost(ClientWindow.PATIENCE).until(() -> window.sidebarLook(Sidebar.ROOMS, room.name()).isEmpty());
        window.awaitOpen("general");
    }

    @Test
    void aRenameAndANewTopicShowInTheHeaderAndTheSidebar() {
        Conversation room = roomWithMe("old-name");
        window.openInSidebar(Sidebar.ROOMS, room.name());
        String renamed = "new-name-" + UUID.randomUUID().toString().substring(0, 8);

        other.updateRoom(room.id(), renamed, "a topic at last");

        window.awaitOpen(renamed);
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            assertThat(window.label(ConversationHeader.TOPIC)).isEqualTo("a topic at last");
            assertThat(window.sidebar(Sidebar.ROOMS)).contains(renamed).doesNotContain(room.name());
        });
    }

    /** A public room of the other user's, with this window's user invited into it. */
    /** Whether each named component of the window is showing now; one that is hidden cannot be looked up as usual. */
    private List<Boolean> showing(String... names) {
        return ClientWindow.onEdt(() -> Arrays.stream(names)
                .map(name -> window.frame.robot().finder().findByName(window.frame.target(), name, false).isShowing())
                .toList());
    }

    /**
     * Room names and topics are other people's text: Swing reads a text that starts with {@code <html>} as HTML and
     * would fetch the image, telling its author who looks and when. They are shown as written.
     */
    @Test
    void aNameAndATopicThatLookLikeHtmlAreShownAsWritten() {
        String name = "<html><b>" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "<html><img src='http://127.0.0.1:9/seen.png'>";
        Conversation room = other.createRoom(name, topic, Conversation.PRIVATE);
        other.invite(room.id(), me);
        await().atMost(ClientWindow.PATIENCE).until(() -> window.sidebar(Sidebar.ROOMS).contains(name));

        SidebarCell cell = window.sidebarCell(Sidebar.ROOMS, name);
        assertShownAsWritten(cell, name);
        String tip = ClientWindow.onEdt(cell::getToolTipText);
        assertThat(tip).as("the topic as the tooltip")
                .isEqualTo("<html>&lt;html&gt;&lt;img src='http://127.0.0.1:9/seen.png'&gt;</html>");
        // not openInSidebar: it compares the header's text with the HTML taken out
        window.frame.list(Sidebar.ROOMS).clickItem(window.sidebar(Sidebar.ROOMS).indexOf(name));
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> assertShownAsWritten(window.frame.target(), topic));
        assertShownAsWritten(window.frame.target(), "# " + name);
    }

    /** A label in {@code container} shows {@code text}, and draws it as text, not as HTML. */
    private static void assertShownAsWritten(Container container, String text) {
        JLabel label = ClientWindow.onEdt(() -> labelsIn(container).stream()
                .filter(shown -> text.equals(shown.getText()) && shown.isShowing() == container.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no label shows " + text)));
        assertThat(ClientWindow.onEdt(() -> label.getClientProperty(BasicHTML.propertyKey))).as("an HTML view")
                .isNull();
    }

    private static List<JLabel> labelsIn(Container container) {
        List<JLabel> labels = new ArrayList<>();
        ClientWindow.collect(container, JLabel.class, labels::add);
        return labels;
    }


    private Conversation roomWithMe(String what) {
        Conversation room = other.createRoom(what + "-" + UUID.randomUUID().toString().substring(0, 8), null,
                Conversation.PUBLIC);
        other.invite(room.id(), me);
        return room;
    }

    private void say(Conversation conversation, String... texts) {
        for (String text : texts) {
            other.send(conversation.id(), UUID.randomUUID().toString(), text, null);
        }
    }

    /**
     * Puts text into a field of a dialog on the event thread, as typing it amounts to. Through the robot, a dialog
     * that X11 moved after it opened sometimes took a click meant for it on the window below, which then had the
     * focus and the keys.
     */
    private static void type(DialogFixture dialog, String field, String text) {
        JTextComponent target = dialog.textBox(field).target();
        ClientWindow.onEdt(() -> {
            target.setText(text);
            return null;
        });
    }

    /** Presses a dialog's button, which does its work and closes the dialog; else the problem it shows is told. */
    private static void press(DialogFixture dialog, String button, String problem) {
        JButton target = dialog.button(button).target();
        ClientWindow.onEdt(() -> {
            target.doClick();
            return null;
        });
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() ->
                assertThat(ClientWindow.onEdt(() -> dialog.target().isShowing()))
                        .as(() -> "the dialog says: " + ClientWindow.labelText(dialog.target(), problem)).isFalse());
    }

    private DialogFixture dialog(String name) {
        return WindowFinder.findDialog(name).withTimeout(ClientWindow.PATIENCE.toMillis()).using(robot);
    }
}
