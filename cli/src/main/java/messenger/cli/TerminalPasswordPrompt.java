package messenger.cli;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Asks for a password on the terminal itself, {@code /dev/tty}, with its echo turned off by {@code stty}: what
 * {@link java.io.Console} does, for when Java 17 has no Console although stdin is a terminal, because stdout is not
 * ({@code login alice > log}, {@code ./setup.sh | tee log}). The terminal's settings are put back afterwards, also
 * when Ctrl+C ends the run meanwhile.
 */
final class TerminalPasswordPrompt implements PasswordPrompt {

    private final Path terminal;

    TerminalPasswordPrompt(Path terminal) {
        this.terminal = terminal;
    }

    @Override
    public char[] ask(String prompt) throws IOException {
        String settings = stty("-g").strip();
        Thread restoreOnExit = new Thread(() -> restore(settings), "restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
        try (InputStream in = new FileInputStream(terminal.toFile());
             OutputStream out = new FileOutputStream(terminal.toFile())) {
            stty("-echo");
            out.write(prompt.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String typed = PasswordReader.line(in);
            // the Enter that ended the line was not echoed either
            out.write('\n');
            return typed == null ? null : typed.toCharArray();
        } finally {
            stty(settings);
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        }
    }

    private void restore(String settings) {
        try {
            stty(settings);
        } catch (IOException | RuntimeException exiting) {
            // the run ends anyway; nothing is left to tell the user with
        }
    }

    /** Runs stty on the terminal; returns what it printed. */
    private String stty(String setting) throws IOException {
        Process stty = new ProcessBuilder("stty", setting).redirectInput(terminal.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (stty.waitFor() != 0) {
                throw new IOException("stty " + setting + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting the terminal", e);
        }
        return output;
    }
}
