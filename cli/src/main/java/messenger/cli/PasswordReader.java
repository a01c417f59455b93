package messenger.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a password from where {@code ps} cannot see it: {@code $MESSENGER_PASSWORD}, else the terminal without
 * echo (when stdin is one), else the first line of stdin ({@code echo pw | messenger-cli login alice}).
 */
final class PasswordReader {

    static final String VARIABLE = "MESSENGER_PASSWORD";
    private static final int MAX_LINE_BYTES = 4096;

    private PasswordReader() {
    }

    static String read(Environment environment) throws IOException {
        String fromVariable = environment.variables().get(VARIABLE);
        if (fromVariable != null) {
            return fromVariable;
        }
        if (environment.passwordPrompt() != null) {
            return prompt(environment, "Password: ");
        }
        String line = line(environment.stdin());
        if (line == null) {
            throw new CliException(ExitCodes.USAGE, "no password: pipe it on stdin, type it at a terminal or set "
                    + VARIABLE);
        }
        return line;
    }

    /** As {@link #read}, but a password typed at the terminal is asked twice, since a typo would stick. */
    static String readNew(Environment environment) throws IOException {
        if (environment.variables().get(VARIABLE) != null || environment.passwordPrompt() == null) {
            return read(environment);
        }
        String password = prompt(environment, "Password: ");
        if (!password.equals(prompt(environment, "Repeat password: "))) {
            throw new CliException(ExitCodes.USAGE, "the two passwords differ");
        }
        return password;
    }

    /** The first line of {@code in}, without its line break; null when {@code in} ends before any byte. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() == MAX_LINE_BYTES) {
                throw new CliException(ExitCodes.USAGE, "the line is too long for a password (over " + MAX_LINE_BYTES
                        + " bytes)");
            }
            line.write(b);
            b = in.read();
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String prompt(Environment environment, String prompt) {
        char[] typed;
        try {
            typed = environment.passwordPrompt().ask(prompt);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot ask for the password at the terminal (" + e.getMessage()
                    + "); set " + VARIABLE + " or pipe the password on stdin", e);
        }
        if (typed == null) {
            throw new CliException(ExitCodes.USAGE, "no password given");
        }
        return new String(typed);
    }
}
