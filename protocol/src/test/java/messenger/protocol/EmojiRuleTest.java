package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reaction may be: emoji as people use them, nothing blank or invisible that would reach every member. */
class EmojiRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"👍", "❤️", "👨‍👩‍👧‍👦", "🧑🏽‍💻", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "1️⃣", "🇫🇷", "+1", "ok", "😀😀"})
    void emojiAndShortReactionsAreAccepted(String emoji) {
        assertThat(ProtocolRules.isValidEmoji(emoji)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "\n", "\u00A0", "\u2007", "\u202F", "\u200B", "\u202E", "\u2066👍",
            "\uFEFF", "\uE000", "\u0378", "👍\u2028", "xxxxxxxxxxxxxxxxx"})
    void blankInvisibleOrUnassignedCharactersAreRefused(String emoji) {
        assertThat(ProtocolRules.isValidEmoji(emoji)).isFalse();
    }
}
