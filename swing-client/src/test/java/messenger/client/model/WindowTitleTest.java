package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowTitleTest {

    @Test
    void theTitleCountsUnreadMessagesInFront() {
        assertThat(WindowTitle.of(3, "alice@host:7777")).isEqualTo("(3) Messenger — alice@host:7777");
        assertThat(WindowTitle.of(0, "alice@host:7777")).isEqualTo("Messenger — alice@host:7777");
    }
}
