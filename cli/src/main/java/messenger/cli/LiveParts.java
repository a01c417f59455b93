package messenger.cli;

import java.util.List;
import java.util.stream.Collectors;
import messenger.protocol.Message;

/**
 * The parts of a message line that live conversation adds, for people: a short quote of the message answered, the
 * reactions with their counts, the members mentioned. Everything other users wrote is shown escaped.
 */
final class LiveParts {

    static final String DELETED = "[message deleted]";
    static final String EDITED = "(edited)";
    /** A quote is a reminder, not the message: the server sends up to 100 characters, a line shows fewer. */
    static final int QUOTE_SHOWN = 40;

    private LiveParts() {
    }

    /** {@code [reply to alice: lunch?]}; a quote longer than {@link #QUOTE_SHOWN} characters ends in {@code …}. */
    static String quote(Message.Quote quote) {
        String from = MessagePrinter.printable(String.valueOf(quote.from()));
        if (Boolean.TRUE.equals(quote.deleted())) {
            return "[reply to a deleted message of " + from + "]";
        }
        String quoted = quote.text() != null ? quote.text() : "[file: " + quote.fileName() + "]";
        return "[reply to " + from + ": " + shortened(MessagePrinter.printable(quoted)) + "]";
    }

    /** {@code [👍 2, 🎉 1]}, in the order each emoji was first used. */
    static String reactions(List<Message.Reaction> reactions) {
        return reactions.stream().map(r -> MessagePrinter.printable(r.emoji()) + " " + r.count())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code (mentions alice, bob)}. */
    static String mentions(List<String> logins) {
        return logins.stream().map(MessagePrinter::printable).collect(Collectors.joining(", ", "(mentions ", ")"));
    }

    private static String shortened(String text) {
        int[] codePoints = text.codePoints().toArray();
        if (codePoints.length <= QUOTE_SHOWN) {
            return text;
        }
        String kept = new String(codePoints, 0, QUOTE_SHOWN - 1);
        return kept.endsWith("…") ? kept : kept + "…";
    }
}
