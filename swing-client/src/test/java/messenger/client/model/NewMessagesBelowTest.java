package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import messenger.protocol.Message;
import org.junit.jupiter.api.Test;

class NewMessagesBelowTest {

    private final NewMessagesBelow below = new NewMessagesBelow("reader");

    @Test
    void aReaderAtTheEndSeesNewMessagesSoNoneCount() {
        below.inserted(5, from("writer", 3));

        assertThat(below.count()).isZero();
        assertThat(below.label()).isEmpty();
    }

    @Test
    void messagesArrivingWhileTheReaderIsFurtherUpCountUntilTheReaderIsBackAtTheEnd() {
        below.readerAtEnd(false);
        below.inserted(5, from("writer", 1));
        assertThat(below.label()).isEqualTo("1 new message ↓");

        below.inserted(6, from("writer", 2));
        assertThat(below.label()).isEqualTo("3 new messages ↓");

        below.readerAtEnd(true);
        assertThat(below.count()).isZero();
        below.readerAtEnd(false);
        assertThat(below.label()).as("counting starts again from none").isEmpty();
    }

    @Test
    void olderPagesAtTheTopAndOurOwnMessagesAreNotNew() {
        below.readerAtEnd(false);

        below.inserted(0, from("writer", 10));
        below.inserted(10, from("Reader", 1));

        assertThat(below.count()).isZero();
    }

    private static List<ChatMessage> from(String sender, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> ChatMessage.stored(new Message(i, sender,
                Instant.parse("2030-01-02T12:00:00Z").toString(), "text " + i, "c" + i, null))).toList();
    }
}
