package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import messenger.protocol.Presence;
import org.junit.jupiter.api.Test;

/** Who is here, who types, and when this device tells the server about its own user. */
class PresenceAndTypingTest {

    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void typistsShowForSixSecondsOrUntilTheySend() {
        Typists typists = new Typists();
        typists.typing(7, "alice", T);
        typists.typing(7, "bob", T.plusSeconds(2));
        typists.typing(8, "carol", T);

        assertThat(typists.line(7, T.plusSeconds(3))).isEqualTo("alice and bob are typing…");
        assertThat(typists.line(7, T.plusSeconds(7))).isEqualTo("bob is typing…");
        typists.sent(7, "BOB");
        assertThat(typists.line(7, T.plusSeconds(7))).isEmpty();
        assertThat(typists.line(8, T.plusSeconds(1))).isEqualTo("carol is typing…");
    }

    @Test
    void manyTypistsAreCountedBeyondTheFirstTwo() {
        Typists typists = new Typists();
        List.of("a1", "b2", "c3", "d4").forEach(login -> typists.typing(1, login, T));

        assertThat(typists.line(1, T)).isEqualTo("a1, b2 and 2 others are typing…");
    }

    @Test
    void typingIsSentAtMostEveryThreeSecondsAndAgainAfterSendingOrSwitching() {
        TypingSignal signal = new TypingSignal();

        assertThat(signal.typed(1, T)).isTrue();
        assertThat(signal.typed(1, T.plusSeconds(1))).isFalse();
        assertThat(signal.typed(1, T.plusSeconds(3))).isTrue();
        assertThat(signal.typed(2, T.plusSeconds(4))).as("another conversation").isTrue();
        signal.sent();
        assertThat(signal.typed(2, T.plusSeconds(5))).isTrue();
    }

    @Test
    void theUserIsIdleAfterFiveMinutesWithoutInputAndBackOnTheNext() {
        Idleness idleness = new Idleness(T);

        assertThat(idleness.check(T.plusSeconds(299))).isFalse();
        assertThat(idleness.check(T.plusSeconds(300))).isTrue();
        assertThat(idleness.check(T.plusSeconds(400))).as("told once").isFalse();
        assertThat(idleness.input(T.plusSeconds(401))).isTrue();
        assertThat(idleness.input(T.plusSeconds(402))).isFalse();
    }

    @Test
    void presenceKnowsWhomItWasToldAboutIgnoringCase() {
        PresenceBook book = new PresenceBook();
        book.update(new Presence("Bob", Presence.AWAY, null));

        assertThat(book.of("bob")).contains(new Presence("Bob", Presence.AWAY, null));
        assertThat(book.unknown(List.of("BOB", "carol", "carol"))).containsExactly("carol");
    }

    @Test
    void pushesAboutPeopleNotOnScreenAreNotKept() {
        PresenceBook book = new PresenceBook();
        book.update(new Presence("bob", Presence.ONLINE, null));

        book.pushed(new Presence("bob", Presence.OFFLINE, "2026-12-04T10:00:00Z"));
        book.pushed(new Presence("carol", Presence.ONLINE, null));

        assertThat(book.of("bob").orElseThrow().status()).isEqualTo(Presence.OFFLINE);
        assertThat(book.of("carol")).isEmpty();
    }

    @Test
    void mentionsAreFoundAsTheServerResolvesThem() {
        assertThat(Mentions.in("@bob. hi @bobby x@bob @Bob-", List.of("bob", "bobby")))
                .containsExactly(new Mentions.Span(0, 4), new Mentions.Span(9, 15), new Mentions.Span(22, 26));
    }
}
