package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import messenger.client.model.Conversation;
import messenger.client.model.Transfer;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JPopupMenuFixture;
import org.junit.jupiter.api.Test;

/** Right-click on a message: copy its text or its link, save its file. */
class MessageMenuIT extends GuiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    private static final String TEXT = "the draft is at https://example.org/notes, have a look";
    private static final FileInfo FILE = new FileInfo(9, "notes.pdf", 2_000, "0".repeat(64));

    @Test
    void copyTextAndCopyLinkPutThemOnTheClipboardAndSaveAsAsksForTheFile() throws Exception {
        List<FileInfo> saved = new CopyOnWriteArrayList<>();
        Conversation conversation = new Conversation("reader", CLOCK);
        FrameFixture frame = ConversationFrame.show(robot, conversation, CLOCK, new InertFileActions() {
            @Override
            public Optional<Transfer> download(FileInfo file, Component parent) {
                saved.add(file);
                return Optional.empty();
            }
        });
        conversation.addOlder(new MessagePage(List.of(
                new Message(1, "alice", "2026-12-04T10:00:00Z", TEXT, "c1", null),
                new Message(2, "alice", "2026-12-04T10:01:00Z", null, "c2", FILE)), false));
        await().atMost(ClientWindow.PATIENCE).until(() -> ConversationFrame.rows(frame).size() == 2);

        JPopupMenuFixture onText = menuOf(frame, TEXT);
        onText.menuItem(MessageMenu.SAVE_FILE).requireDisabled();
        onText.menuItem(MessageMenu.COPY_TEXT).click();
        assertThat(clipboard()).isEqualTo(TEXT);

        menuOf(frame, TEXT).menuItem(MessageMenu.COPY_LINK).click();
        assertThat(clipboard()).isEqualTo("https://example.org/notes");

        JPopupMenuFixture onFile = menuOf(frame, "notes.pdf");
        onFile.menuItem(MessageMenu.COPY_TEXT).requireDisabled();
        onFile.menuItem(MessageMenu.COPY_LINK).requireDisabled();
        onFile.menuItem(MessageMenu.SAVE_FILE).click();
        await().atMost(ClientWindow.PATIENCE).until(() -> saved.contains(FILE));
    }

    private JPopupMenuFixture menuOf(FrameFixture frame, String shown) {
        MessageRow row = ConversationFrame.rows(frame).stream()
                .filter(candidate -> onEdt(() -> ClientWindow.shownText(candidate)).equals(shown))
                .findFirst().orElseThrow();
        Component bubble = ClientWindow.find(row, MessageRow.BUBBLE).orElseThrow();
        robot.rightClick(bubble);
        return new JPopupMenuFixture(robot, robot.findActivePopupMenu());
    }

    private static String clipboard() throws Exception {
        return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
    }
}
