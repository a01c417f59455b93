package messenger.handlers.message;

import messenger.handlers.spi.Fields;
import messenger.protocol.ProtocolRules;

/** The new {@code text} of {@code message.edit}: the same rule as a sent message's. */
final class EditedText {

    private EditedText() {
    }

    static String of(String text) {
        String value = Fields.required(text, "text");
        if (value.isEmpty() || ProtocolRules.characterCount(value) > ProtocolRules.TEXT_MAX) {
            throw Fields.badRequest("\"text\" must be 1 to " + ProtocolRules.TEXT_MAX + " characters");
        }
        return value;
    }
}
