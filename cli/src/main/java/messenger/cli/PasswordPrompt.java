package messenger.cli;

import java.io.IOException;

/** Asks for a password at the terminal, without showing what is typed. */
@FunctionalInterface
interface PasswordPrompt {

    /** What was typed, or null when the input ended instead (Ctrl+D). */
    char[] ask(String prompt) throws IOException;
}
