package messenger.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The outside world of one run: environment variables, standard streams and how to ask for a password at the
 * terminal (null when stdin is not a terminal). Tests supply their own.
 */
record Environment(Map<String, String> variables, InputStream stdin, Output out, PrintWriter err,
                   PasswordPrompt passwordPrompt, boolean stderrIsTerminal) {

    static Environment system() {
        return new Environment(System.getenv(), System.in, Output.stdout(), utf8(System.err),
                passwordPromptOfThisTerminal(), isTerminal(2, System.console() != null));
    }

    /** The variable's value, or null when it is unset or blank. */
    String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * Java 17 has a Console only when stdin and stdout both are terminals. When stdout is not ({@code login alice >
     * log}), the terminal of stdin is asked directly, lest the password be read from stdin as plain text, echoed.
     */
    private static PasswordPrompt passwordPromptOfThisTerminal() {
        Console console = System.console();
        if (console != null) {
            return console::readPassword;
        }
        return isTerminal(0, false) ? new TerminalPasswordPrompt(Path.of("/dev/tty")) : null;
    }

    /**
     * Java 17 cannot ask whether one standard stream alone is a terminal; on Linux /proc names the device behind
     * the file descriptor. Elsewhere the answer is {@code otherwise}.
     */
    private static boolean isTerminal(int fileDescriptor, boolean otherwise) {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fileDescriptor)).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
            return otherwise;
        }
    }
}
