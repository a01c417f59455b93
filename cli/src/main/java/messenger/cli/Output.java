package messenger.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard output as the commands write it: UTF-8, flushed at each line, and able to tell that a write failed, and
 * why. A writer over {@code System.out} cannot: that PrintStream swallows the error. A failed write to a pipe or a
 * socket means that its reader went away ({@code tail | head -3}), which ends a command quietly; any other (a full
 * disk, {@code > /dev/full}) is a failure of the command.
 */
final class Output extends PrintWriter {

    private final FailureKeepingWriter target;
    private final boolean pipe;

    /** {@code pipe}: {@code target} writes to a pipe or a socket. */
    Output(Writer target, boolean pipe) {
        this(new FailureKeepingWriter(target), pipe);
    }

    private Output(FailureKeepingWriter target, boolean pipe) {
        super(target, true);
        this.target = target;
        this.pipe = pipe;
    }

    static Output stdout() {
        return new Output(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                stdoutIsPipe());
    }

    /** True once a write has failed; what was written before is flushed first. */
    boolean failed() {
        return checkError();
    }

    /**
     * The failed write as the command line reports it (exit 1); null while writing works and when it failed only
     * because the reader of a pipe went away.
     */
    CliException failure() {
        if (!failed() || pipe) {
            return null;
        }
        IOException cause = target.failure;
        return new CliException(ExitCodes.FAILURE, "cannot write to stdout"
                + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    /**
     * Whether to go on writing: true while writes work, false once the reader of a pipe has gone away (which ends a
     * command quietly); any other failed write is thrown as {@link #failure()}.
     */
    boolean goOn() {
        if (!failed()) {
            return true;
        }
        CliException failure = failure();
        if (failure != null) {
            throw failure;
        }
        return false;
    }

    /** Linux names what is behind file descriptor 1 in /proc: {@code pipe:[…]}, {@code socket:[…]} or a path. */
    private static boolean stdoutIsPipe() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:");
        } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
            return false;
        }
    }

    /** Keeps the first failure of a write, which the PrintWriter around it only turns into a flag. */
    private static final class FailureKeepingWriter extends FilterWriter {

        private volatile IOException failure;

        FailureKeepingWriter(Writer target) {
            super(target);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                super.write(c);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            try {
                super.write(chars, offset, length);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            try {
                super.write(text, offset, length);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                super.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
