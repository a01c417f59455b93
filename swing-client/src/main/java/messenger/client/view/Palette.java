package messenger.client.view;

import java.awt.Color;

/** The few colours the look and feel does not provide. */
final class Palette {

    static final Color OWN_BUBBLE = new Color(0xD7E7FF);
    static final Color OTHER_BUBBLE = new Color(0xFFFFFF);
    static final Color BUBBLE_EDGE = new Color(0xDADDE3);
    static final Color CONVERSATION_BACKGROUND = new Color(0xF0F2F5);
    static final Color CONNECTED = new Color(0x2E9E4F);
    static final Color RECONNECTING = new Color(0xE0A100);
    static final Color OFFLINE = new Color(0xC62828);
    /** Avatars' backgrounds, dark enough for white initials. */
    static final Color[] AVATARS = {new Color(0x1565C0), new Color(0x2E7D32), new Color(0xAD1457),
        new Color(0x6A1B9A), new Color(0xEF6C00), new Color(0x00838F), new Color(0x4E342E), new Color(0x5D4037)};
    /** Behind code in a message: a shade darker than either bubble. */
    static final Color CODE_BACKGROUND = new Color(0, 0, 0, 0x12);
    static final Color QUOTE_TEXT = new Color(0x5F6368);
    /** The bar beside a reply's quote of the message it answers. */
    static final Color QUOTE_BAR = new Color(0x8AB4F8);
    /** Behind a mention of someone, and stronger behind one of the reader. */
    static final Color MENTION_BACKGROUND = new Color(0xE8F0FE);
    static final Color MENTION_OF_ME_BACKGROUND = new Color(0xFFE8A3);
    /** A message shown after a jump to it, for a moment. */
    static final Color HIGHLIGHT = new Color(0xFFF4C2);
    static final Color ONLINE = CONNECTED;
    static final Color AWAY = RECONNECTING;
    static final Color OFFLINE_PRESENCE = new Color(0xB0B4BA);

    private Palette() {
    }
}
