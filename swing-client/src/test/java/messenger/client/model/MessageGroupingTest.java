package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import messenger.protocol.Message;
import java.time.ZoneId;
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

    @Test
    void theFirstMessageOfALocalDayStartsADay() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant lateEvening = Instant.parse("2026-11-25T23:30:00Z");

        assertThat(MessageGrouping.startsDay(null, at("bob", T), berlin)).isTrue();
        assertThat(MessageGrouping.startsDay(at("bob", T), at("carol", lateEvening), ZoneId.of("UTC"))).isFalse();
        assertThat(MessageGrouping.startsDay(at("bob", T), at("carol", lateEvening), berlin))
                .as("already the next day in Berlin").isTrue();
    }

    private static ChatMessage at(String from, Instant at) {
        return ChatMessage.stored(new Message(1, from, at.toString(), "text", "c", null));
    }
}
