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
 * The outside world of one run: environment variables, standard streams and the console (null when stdin
 * or stdout is not a terminal). Tests supply their own.
 */
record Environment(Map<String, String> variables, InputStream stdin, Output out, PrintWriter err,
                   Console console, boolean stderrIsTerminal) {

    static Environment system() {
        return new Environment(System.getenv(), System.in, Output.stdout(), utf8(System.err),
                System.console(), detectStderrTerminal());
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
     * Java 17 cannot ask whether stderr alone is a terminal; on Linux /proc names the device behind file
     * descriptor 2. Elsewhere stderr is taken to go where the console is.
     */
    private static boolean detectStderrTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
            return System.console() != null;
        }
    }
}
