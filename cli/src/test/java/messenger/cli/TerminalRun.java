package messenger.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A command run on a pseudo-terminal by util-linux's {@code script}, as if typed at a terminal: what the terminal
 * shows can be awaited, and keys typed.
 */
final class TerminalRun implements AutoCloseable {

    private static final long POLL_MILLIS = 50;

    private final Process process;
    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

    /** Runs {@code shellCommand} with {@code sh}: its stdin, stdout, stderr and /dev/tty are the terminal. */
    static TerminalRun start(ProcessBuilder environment, String shellCommand) throws IOException {
        environment.command("script", "--quiet", "--return", "--command", shellCommand, "/dev/null");
        environment.environment().put("SHELL", "/bin/sh");
        return new TerminalRun(environment.redirectErrorStream(true).start());
    }

    /** Whether util-linux's script is there to run commands on a pseudo-terminal. */
    static boolean available() {
        try {
            return new ProcessBuilder("script", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private TerminalRun(Process process) {
        this.process = process;
        Thread copier = new Thread(() -> copyShown(process.getInputStream()), "terminal-screen");
        copier.setDaemon(true);
        copier.start();
    }

    /** Waits until the terminal has shown {@code text}. */
    void awaitShown(String text, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (!shown().contains(text)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the terminal did not show '" + text + "' within " + timeout
                        + "; it shows: '" + shown() + "'");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    void type(String keys) throws IOException {
        OutputStream keyboard = process.getOutputStream();
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the command did not end within " + timeout + "; the terminal shows: '"
                    + shown() + "'");
        }
        return process.exitValue();
    }

    /** Everything the terminal has shown so far. */
    String shown() {
        synchronized (shown) {
            return shown.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void copyShown(InputStream screen) {
        byte[] buffer = new byte[4096];
        try {
            for (int n = screen.read(buffer); n >= 0; n = screen.read(buffer)) {
                synchronized (shown) {
                    shown.write(buffer, 0, n);
                }
            }
        } catch (IOException ended) {
            // the process is gone, and with it the terminal
        }
    }
}
