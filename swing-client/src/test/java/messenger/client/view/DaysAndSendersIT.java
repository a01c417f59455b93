package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import messenger.client.model.Conversation;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/** A heading above the first message of each day, and an avatar beside the first message of each sender's group. */
class DaysAndSendersIT extends GuiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
    private static final String ALICE = "alice.smith";

    private static final List<Message> MESSAGES = List.of(
            message(1, ALICE, "2026-12-01T10:00:00Z", "on Tuesday"),
            message(2, ALICE, "2026-12-01T10:01:00Z", "still on Tuesday"),
            message(3, "bob", "2026-12-03T09:00:00Z", "yesterday"),
            message(4, "reader", "2026-12-04T08:00:00Z", "mine, today"),
            message(5, ALICE, "2026-12-04T08:01:00Z", "Alice today"),
            message(6, ALICE, "2026-12-04T08:02:00Z", "Alice again"));

    @Test
    void theFirstMessageOfEachDayHasItsDaysHeading() {
        FrameFixture frame = showAll();

        assertThat(shown(frame, row -> ClientWindow.labelText(row, MessageRow.DAY))).containsExactly(
                "Tuesday 1 December 2026", null, "Yesterday", "Today", null, null);
    }

    @Test
    void othersGroupsStartWithAnAvatarOfTheirInitialsInTheirLoginsColour() {
        FrameFixture frame = showAll();

        List<Avatar> avatars = shown(frame, row -> onEdt(() ->
                ClientWindow.find(row, Avatar.NAME).map(Avatar.class::cast).orElse(null)));

        assertThat(avatars).extracting(avatar -> avatar == null ? null : avatar.initials())
                .containsExactly("AS", null, "B", null, "AS", null);
        assertThat(avatars.get(4).colour()).as("one login, one colour").isEqualTo(avatars.get(0).colour());
        assertThat(avatars.get(0).colour()).isEqualTo(Palette.AVATARS[Math.floorMod(ALICE.hashCode(), Palette.AVATARS.length)]);
    }

    private FrameFixture showAll() {
        Conversation conversation = new Conversation("reader", CLOCK);
        FrameFixture frame = ConversationFrame.show(robot, conversation, CLOCK);
        conversation.addOlder(new MessagePage(MESSAGES, false));
        await().atMost(ClientWindow.PATIENCE).until(() -> ConversationFrame.rows(frame).size() == MESSAGES.size());
        return frame;
    }

    /** What {@code look} finds in each message's row, in the order of the messages. */
    private static <T> List<T> shown(FrameFixture frame, Function<MessageRow, T> look) {
        List<MessageRow> rows = ConversationFrame.rows(frame);
        List<T> found = new ArrayList<>();
        for (Message message : MESSAGES) {
            Optional<MessageRow> row = rows.stream()
                    .filter(candidate -> onEdt(() -> ClientWindow.shownText(candidate)).equals(message.text())).findFirst();
            found.add(look.apply(row.orElseThrow()));
        }
        return found;
    }

    private static Message message(long id, String from, String at, String text) {
        return new Message(id, from, at, text, "c" + id, null);
    }
}
