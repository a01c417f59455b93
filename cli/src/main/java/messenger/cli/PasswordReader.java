package messenger.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a password from where {@code ps} cannot see it: {@code $MESSENGER_PASSWORD}, else the terminal
 * without echo, else the first line of stdin ({@code echo pw | messenger-cli login alice}).
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
        if (environment.console() != null) {
            return prompt(environment, "Password: ");
        }
        return firstLine(environment.stdin());
    }

    /** As {@link #read}, but a password typed at the terminal is asked twice, since a typo would stick. */
    static String readNew(Environment environment) throws IOException {
        if (environment.variables().get(VARIABLE) != null || environment.console() == null) {
            return read(environment);
        }
        String password = prompt(environment, "Password: ");
        if (!password.equals(prompt(environment, "Repeat password: "))) {
            throw new CliException(ExitCodes.USAGE, "the two passwords differ");
        }
        return password;
    }

    private static String prompt(Environment environment, String prompt) {
        char[] typed = environment.console().readPassword(prompt);
        if (typed == null) {
            throw new CliException(ExitCodes.USAGE, "no password given");
        }
        return new String(typed);
    }

    private static String firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            throw new CliException(ExitCodes.USAGE, "no password: pipe it on stdin, type it at a terminal or set "
                    + VARIABLE);
        }
        while (b >= 0 && b != '\n') {
            if (line.size() == MAX_LINE_BYTES) {
                throw new CliException(ExitCodes.USAGE, "the first line of stdin is too long for a password");
            }
            line.write(b);
            b = in.read();
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
