package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadPositionTest {

    private final ReadPosition position = new ReadPosition();

    @Test
    void messagesAreReadOnlyWhileTheWindowHasTheFocusAndTheListIsAtItsEnd() {
        assertThat(position.markUpTo(10, 5)).as("window not focused").isEmpty();

        position.focused(true);
        assertThat(position.markUpTo(10, 5)).hasValue(10);

        position.atEnd(false);
        assertThat(position.markUpTo(10, 5)).as("reading further up").isEmpty();
    }

    @Test
    void aMarkerAtOrPastTheNewestMessageStays() {
        position.focused(true);

        assertThat(position.markUpTo(10, 10)).isEmpty();
        assertThat(position.markUpTo(0, 0)).as("nothing loaded yet").isEmpty();
    }
}
