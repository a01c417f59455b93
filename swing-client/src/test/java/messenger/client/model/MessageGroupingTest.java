package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageGroupingTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void consecutiveMessagesOfOneSenderFormAGroup() {
        assertThat(MessageGrouping.startsGroup(null, at("bob", T))).isTrue();
        assertThat(MessageGrouping.startsGroup(at("bob", T), at("Bob", T.plusSeconds(60)))).isFalse();
        assertThat(MessageGrouping.startsGroup(at("bob", T), at("carol", T.plusSeconds(60)))).isTrue();
    }

    @Test
    void aLongPauseStartsANewGroup() {
        assertThat(MessageGrouping.startsGroup(at("bob", T), at("bob", T.plus(MessageGrouping.PAUSE).plusSeconds(1))))
                .isTrue();
    }

    private static ChatMessage at(String from, Instant at) {
        return new ChatMessage(1, "c", from, at, "text", null, Delivery.SENT, null);
    }
}
