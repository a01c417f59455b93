package messenger.handlers.message;

import messenger.handlers.spi.Fields;
import messenger.protocol.ProtocolRules;

/** The {@code emoji} field of a reaction request. */
final class Emoji {

    private Emoji() {
    }

    static String of(String emoji) {
        if (!ProtocolRules.isValidEmoji(Fields.required(emoji, "emoji"))) {
            throw Fields.badRequest("\"emoji\" must be 1 to " + ProtocolRules.EMOJI_MAX
                    + " characters without white space or control characters");
        }
        return emoji;
    }
}
