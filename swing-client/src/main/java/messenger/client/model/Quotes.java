package messenger.client.model;

import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;

/** The short form of a message that a reply quotes, as the server cuts it. */
public final class Quotes {

    private Quotes() {
    }

    /** The first {@link ProtocolRules#QUOTE_MAX} characters, ending in "…" when cut. */
    static String cut(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= ProtocolRules.QUOTE_MAX) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, ProtocolRules.QUOTE_MAX)) + "…";
    }

    /** The quote of a loaded message, for a reply written to it. */
    public static Message.Quote of(ChatMessage message) {
        return new Message.Quote(message.id(), message.from(), cut(message.text()),
                message.file() == null ? null : message.file().name(), message.deleted() ? true : null);
    }

    /** What a quote shows: the text, the file's name, or that the original was deleted. */
    public static String shown(Message.Quote quote) {
        if (Boolean.TRUE.equals(quote.deleted())) {
            return "message deleted";
        }
        String shown = quote.text() != null ? quote.text() : quote.fileName() != null ? quote.fileName() : "";
        return shown.replaceAll("\\s+", " ").strip();
    }
}
