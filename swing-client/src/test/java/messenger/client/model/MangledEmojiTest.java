package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MangledEmojiTest {

    @Test
    void aPrivateUseCharacterIsRestoredToTheEmojiItLostTheTopBitsOf() {
        assertThat(MangledEmoji.restored('\uF600')).isEqualTo("😀").isEqualTo(Character.toString(0x1F600));
    }

    @Test
    void bothEndsOfTheRangeAreRestored() {
        assertThat(MangledEmoji.restored('\uF000').codePointAt(0)).isEqualTo(0x1F000);
        assertThat(MangledEmoji.restored('\uFAFF').codePointAt(0)).isEqualTo(0x1FAFF);
    }

    @Test
    void charactersOutsideTheRangeStayAsTheyAre() {
        for (char kept : new char[] {'a', 'é', '\uEFFF', '\uFB00', '\uFEFF', '\u263A'}) {
            assertThat(MangledEmoji.isMangled(kept)).as("U+%04X", (int) kept).isFalse();
            assertThat(MangledEmoji.restored(kept)).isEqualTo(String.valueOf(kept));
        }
    }
}
