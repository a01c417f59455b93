package messenger.client.view;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import messenger.client.model.FallbackRuns;

/**
 * The bundled monochrome Noto Emoji font (SIL Open Font License 1.1), loaded and registered once, so that
 * emoji show on systems without an emoji font of their own.
 */
final class EmojiFont {

    private static final String RESOURCE = "/messenger/client/fonts/NotoEmoji-Regular.ttf";

    private EmojiFont() {
    }

    /** The family to name in text attributes. */
    static String family() {
        return Loaded.FONT.getFamily();
    }

    /** The emoji font at {@code size} points, for what shows emoji alone. */
    static Font sized(float size) {
        return Loaded.FONT.deriveFont(size);
    }

    /** The runs of {@code text} that {@code base} cannot show and the emoji font can. */
    static List<FallbackRuns.Run> runsIn(String text, Font base) {
        return FallbackRuns.in(text, base::canDisplay, Loaded.FONT::canDisplay);
    }

    /** Loaded on first use, by the class loader's lock. */
    private static final class Loaded {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = EmojiFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the client is built without " + RESOURCE);
                }
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                // false only when a font of this name is installed already, which serves as well
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(RESOURCE + " is not a TrueType font", e);
            }
        }
    }
}
