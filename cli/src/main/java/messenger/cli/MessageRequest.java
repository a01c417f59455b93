package messenger.cli;

import java.util.Locale;
import java.util.function.Supplier;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.MessengerException;

/**
 * A request about one message ({@code edit}, {@code delete}, {@code react}, {@code versions}): the server's refusals
 * said in terms of that message, with the exit codes every command uses; and the checks of what a user typed for it.
 */
final class MessageRequest {

    private MessageRequest() {
    }

    /** A message id as typed: checked before anything is sent. */
    static long id(long message) {
        if (message < 1) {
            throw new CliException(ExitCodes.USAGE, "ID must be a message id, at least 1");
        }
        return message;
    }

    /**
     * A message's text as given, refused here when it has more characters than the server takes: one over the
     * frame's header limit would not be refused but break the connection, and be tried again until exit 5.
     */
    static String text(String text) {
        int characters = text == null ? 0 : ProtocolRules.characterCount(text);
        if (characters > ProtocolRules.TEXT_MAX) {
            throw new CliException(ExitCodes.USAGE, String.format(Locale.ROOT,
                    "a message has at most %,d characters; this text has %,d", ProtocolRules.TEXT_MAX, characters));
        }
        return text;
    }

    /** Runs {@code request}; {@code action} completes "you may not … message #ID". */
    static <T> T about(long message, String action, Supplier<T> request) {
        try {
            return request.get();
        } catch (MessengerException e) {
            throw switch (e.code()) {
                case NOT_FOUND -> new CliException(ExitCodes.NOT_FOUND, "no message #" + message, e);
                case FORBIDDEN -> new CliException(ExitCodes.FORBIDDEN, "you may not " + action + " message #"
                        + message + reason(e, "it is not yours, or not in a conversation of yours"), e);
                case BAD_REQUEST -> new CliException(ExitCodes.USAGE, "cannot " + action + " message #" + message
                        + reason(e, "the server refused it"), e);
                default -> e;
            };
        }
    }

    private static String reason(MessengerException e, String otherwise) {
        String said = e.getMessage();
        return ": " + (said == null || said.isBlank() ? otherwise : said);
    }
}
