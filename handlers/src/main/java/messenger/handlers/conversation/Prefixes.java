package messenger.handlers.conversation;

import java.util.Locale;

/** A lower-cased prefix as a {@code like} pattern, its wildcards escaped with {@code !}. */
final class Prefixes {

    static final String ESCAPE = "!";

    private Prefixes() {
    }

    static String pattern(String prefix) {
        return prefix.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
