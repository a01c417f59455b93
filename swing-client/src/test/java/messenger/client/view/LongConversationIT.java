package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.JScrollBar;
import messenger.client.model.Conversation;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/** A conversation far longer than any screen: only the rows in view are components, and they are the right ones. */
class LongConversationIT extends GuiTest {

    private static final int MESSAGES = 100_000;
    private static final int MOST_ROWS = 60;
    /** Every page is visited at both ends, with evenly spread jumps in between. */
    private static final int PAGES_AT_EACH_END = 30;
    private static final int JUMPS = 300;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-02T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void scrollingThroughAHundredThousandMessagesBuildsOnlyTheRowsInView() {
        Conversation conversation = new Conversation("reader", CLOCK);
        FrameFixture frame = ConversationFrame.show(robot, conversation, CLOCK);
        conversation.addOlder(new MessagePage(IntStream.rangeClosed(1, MESSAGES)
                .mapToObj(LongConversationIT::message).toList(), false));
        await().atMost(ClientWindow.PATIENCE).until(() -> lastInView(frame).equals(text(MESSAGES)));

        JScrollBar bar = onEdt(() -> ConversationFrame.scrollPane(frame).getVerticalScrollBar());
        for (int position : positionsTopToBottom(bar)) {
            onEdt(() -> {
                bar.setValue(position);
                return null;
            });
            assertFewRowsShowingConsecutiveMessages(frame);
            if (position == 0) {
                assertThat(firstInView(frame)).as("at the top").isEqualTo(text(1));
            }
        }
        assertThat(lastInView(frame)).as("at the bottom").isEqualTo(text(MESSAGES));

        onEdt(() -> {
            bar.setValue(bar.getMaximum() / 2);
            return null;
        });
        conversation.addPending("written at last", null);
        await().atMost(ClientWindow.PATIENCE).until(() -> lastInView(frame).equals("written at last"));
        assertThat(ConversationFrame.rows(frame)).hasSizeLessThanOrEqualTo(MOST_ROWS);
    }

    /** Messages of several senders, some of two lines, some with a file. */
    private static Message message(int number) {
        FileInfo file = number % 1000 == 0 ? new FileInfo(number, "file " + number + ".txt", number, "00") : null;
        String from = number % 3 == 0 ? "reader" : "writer" + number % 5;
        return new Message(number, from, CLOCK.instant().minusSeconds(MESSAGES - number).toString(), text(number),
                "c" + number, file);
    }

    private static String text(int number) {
        return "message " + number + (number % 7 == 0 ? "\nwith a second line" : "");
    }

    private static int number(String text) {
        return Integer.parseInt(text.substring("message ".length()).split("\n")[0]);
    }

    /** Every page at the top, jumps through the middle, every page at the bottom. */
    private static List<Integer> positionsTopToBottom(JScrollBar bar) {
        return onEdt(() -> {
            int page = bar.getVisibleAmount();
            int lowest = bar.getMaximum() - page;
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < PAGES_AT_EACH_END; i++) {
                positions.add(i * page);
                positions.add(Math.max(0, lowest - i * page));
            }
            for (int i = 0; i <= JUMPS; i++) {
                positions.add((int) ((long) lowest * i / JUMPS));
            }
            return positions.stream().sorted().toList();
        });
    }

    private static void assertFewRowsShowingConsecutiveMessages(FrameFixture frame) {
        assertThat(ConversationFrame.rows(frame)).hasSizeLessThanOrEqualTo(MOST_ROWS);
        List<String> shown = ConversationFrame.textsInView(frame);
        assertThat(shown).isNotEmpty();
        int first = number(shown.get(0));
        assertThat(shown).isEqualTo(IntStream.range(first, first + shown.size())
                .mapToObj(LongConversationIT::text).toList());
    }

    private static String firstInView(FrameFixture frame) {
        return ConversationFrame.textsInView(frame).get(0);
    }

    private static String lastInView(FrameFixture frame) {
        List<String> shown = ConversationFrame.textsInView(frame);
        return shown.isEmpty() ? "" : shown.get(shown.size() - 1);
    }
}
