package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.JFrame;
import messenger.client.model.Conversation;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/** A conversation opened with unread messages shows the first of them, under the "New messages" line. */
class OpeningAtNewMessagesIT extends GuiTest {

    private static final int MESSAGES = 100;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void manyNewMessagesOpenAtTheFirstOfThemEvenWhenTheyArriveAfterTheOpening() {
        Conversation conversation = new Conversation("reader", CLOCK);
        FrameFixture frame = ConversationFrame.show(robot, conversation, CLOCK);
        onEdt(() -> {
            view(frame).openAtFirstUnread(40);
            return null;
        });

        conversation.addOlder(new MessagePage(messages(), false));

        await().atMost(ClientWindow.PATIENCE).until(() -> ConversationFrame.textsInView(frame).contains(text(41)));
        List<String> inView = ConversationFrame.textsInView(frame);
        assertThat(inView.indexOf(text(41))).as("the first unread at the top, at most a part of the one before it")
                .isLessThanOrEqualTo(1);
        assertThat(inView).doesNotContain(text(39), text(MESSAGES));
        MessageRow firstUnread = ConversationFrame.rows(frame).stream()
                .filter(row -> ClientWindow.shownText(row).equals(text(41))).findFirst().orElseThrow();
        assertThat(ClientWindow.labelText(firstUnread, MessageRow.NEW_MESSAGES)).isEqualTo("New messages");
        assertThat(onEdt(() -> view(frame).isReaderAtEnd())).isFalse();
    }

    @Test
    void aFewNewMessagesOpenAtTheEnd() {
        assertOpensAtTheEnd(MESSAGES - 2);
    }

    @Test
    void aConversationNeverReadOpensAtItsLatestMessages() {
        assertOpensAtTheEnd(0);
    }

    private void assertOpensAtTheEnd(long readMarker) {
        Conversation conversation = new Conversation("reader", CLOCK);
        FrameFixture frame = ConversationFrame.show(robot, conversation, CLOCK);
        onEdt(() -> {
            view(frame).openAtFirstUnread(readMarker);
            return null;
        });

        conversation.addOlder(new MessagePage(messages(), false));

        await().atMost(ClientWindow.PATIENCE).until(() -> ConversationFrame.textsInView(frame).contains(text(MESSAGES)));
        assertThat(onEdt(() -> view(frame).isReaderAtEnd())).isTrue();
        assertThat(ConversationFrame.textsInView(frame)).endsWith(text(MESSAGES - 1), text(MESSAGES));
    }

    private static ConversationView view(FrameFixture frame) {
        return (ConversationView) ((JFrame) frame.target()).getContentPane();
    }

    private static List<Message> messages() {
        return IntStream.rangeClosed(1, MESSAGES).mapToObj(number -> new Message(number, number % 2 == 0 ? "reader"
                : "writer", CLOCK.instant().minusSeconds(MESSAGES - number).toString(), text(number), "c" + number,
                null)).toList();
    }

    private static String text(int number) {
        return "message " + number;
    }
}
