package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command's output that cannot be written fails the command, unless only the reader of a pipe went away. */
class OutputTest {

    @Test
    void writingThatWorksIsNoFailure() {
        Output output = new Output(new StringWriter(), false);

        output.println("a line");

        assertThat(output.failed()).isFalse();
        assertThat(output.failure()).isNull();
    }

    @Test
    void aFailedWriteToAFileIsExitOneWithTheReason() {
        StringWriter err = new StringWriter();
        Environment environment = environment(new Output(failing("No space left on device"), false), err);

        assertThat(Main.run(environment, "--version")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("messenger-cli: cannot write to stdout: No space left on device"
                + System.lineSeparator());
    }

    @Test
    void aPipeWhoseReaderWentAwayEndsTheCommandQuietly() {
        StringWriter err = new StringWriter();
        Environment environment = environment(new Output(failing("Broken pipe"), true), err);

        assertThat(Main.run(environment, "--version")).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCommandThatFailedKeepsItsOwnExitCodeAndMessage() {
        StringWriter err = new StringWriter();
        Environment environment = environment(new Output(failing("No space left on device"), false), err);

        assertThat(Main.run(environment, "send")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("messenger-cli: ").doesNotContain("stdout");
    }

    private static Environment environment(Output out, StringWriter err) {
        return new Environment(Map.of(), InputStream.nullInputStream(), out, new PrintWriter(err, true), null, false);
    }

    private static Writer failing(String reason) {
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException(reason);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
