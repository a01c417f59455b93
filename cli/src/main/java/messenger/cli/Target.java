package messenger.cli;

import messenger.protocol.ProtocolRules;

/**
 * Which conversation a command means, as the user wrote it: {@code #ID} (a conversation id), {@code @LOGIN}
 * (the direct conversation with that user) or a room's name. Parsing only checks the form; {@link Resolver}
 * finds the conversation.
 */
sealed interface Target {

    /** {@code #12}: the conversation with that id, whatever its name. */
    record ById(long id) implements Target {
    }

    /** {@code @bob}: the direct conversation with bob, opened on first use. */
    record Direct(String login) implements Target {
    }

    /** {@code design}: the room of that name among the user's conversations (case-insensitive). */
    record Named(String name) implements Target {
    }

    /** Reads {@code --to}'s value; a malformed one is a usage error naming {@code option}. */
    static Target parse(String text, String option) {
        if (text == null || text.isBlank()) {
            throw new CliException(ExitCodes.USAGE, option + " needs a room name, #ID or @LOGIN");
        }
        if (text.startsWith("@")) {
            return new Direct(login(text, option));
        }
        if (text.length() > 1 && text.startsWith("#") && text.substring(1).chars().allMatch(Character::isDigit)) {
            try {
                long id = Long.parseLong(text.substring(1));
                if (id >= 1) {
                    return new ById(id);
                }
            } catch (NumberFormatException tooLarge) {
                // falls through to the usage error
            }
            throw new CliException(ExitCodes.USAGE, option + ": " + text + " is not a conversation id");
        }
        if (ProtocolRules.characterCount(text) > ProtocolRules.ROOM_NAME_MAX) {
            throw new CliException(ExitCodes.USAGE, option + ": a room name has at most "
                    + ProtocolRules.ROOM_NAME_MAX + " characters");
        }
        return new Named(text);
    }

    /** A login as a user types it, with or without the leading {@code @}. */
    static String login(String text, String what) {
        String login = text.startsWith("@") ? text.substring(1) : text;
        if (!ProtocolRules.isValidLogin(login)) {
            throw new CliException(ExitCodes.USAGE, what + ": '" + MessagePrinter.printable(text)
                    + "' is not a login (3-32 of A-Z a-z 0-9 _ . -)");
        }
        return login;
    }
}
