package messenger.client.view;

import static org.assertj.core.api.Assertions.assertThat;

import messenger.client.model.EmojiCatalog;
import org.junit.jupiter.api.Test;

class EmojiFontTest {

    @Test
    void theBundledFontHasEveryEmojiThePickerOffers() {
        assertThat(EmojiCatalog.CATEGORIES.stream().flatMap(category -> category.emoji().stream()))
                .allMatch(emoji -> EmojiFont.sized(12).canDisplayUpTo(emoji) == -1);
    }
}
