package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import messenger.client.model.FallbackRuns.Run;
import org.junit.jupiter.api.Test;

class FallbackRunsTest {

    /** A base font of the Basic Multilingual Plane and an emoji font of the planes above it, with joiners. */
    private static final IntPredicate BASE = codePoint -> codePoint < 0x10000;
    private static final IntPredicate EMOJI = codePoint -> codePoint >= 0x10000 || codePoint == 0x200D
            || codePoint == 0xFE0F;

    @Test
    void anEmojiTheBaseCannotShowIsARunOfItsOwn() {
        String text = "Hello 😀 there";

        assertThat(FallbackRuns.in(text, BASE, EMOJI)).containsExactly(new Run(6, 8));
    }

    @Test
    void neighbouringEmojiMakeOneRunAndTheTextEndsARun() {
        assertThat(FallbackRuns.in("a😀😃", BASE, EMOJI)).containsExactly(new Run(1, 5));
    }

    @Test
    void joinersAndVariationSelectorsStayWithTheEmojiTheyFollow() {
        String womanTechnologist = "\uD83D\uDC69\u200D\uD83D\uDCBB";

        assertThat(FallbackRuns.in("x" + womanTechnologist + "\uFE0F y", BASE, EMOJI))
                .containsExactly(new Run(1, 7));
        assertThat(FallbackRuns.in("a\u200Db", BASE, EMOJI)).as("a joiner alone keeps the base font").isEmpty();
    }

    @Test
    void whatNeitherFontCanShowStaysInTheBase() {
        assertThat(FallbackRuns.in("\uD83D\uDE00", BASE, codePoint -> false)).isEmpty();
        assertThat(FallbackRuns.in("plain text", BASE, EMOJI)).isEmpty();
    }
}
