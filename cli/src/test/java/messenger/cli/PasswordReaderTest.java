package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordReaderTest {

    @Test
    void theVariableComesFirst() throws Exception {
        Environment environment =
                new CapturedEnvironment(Map.of(PasswordReader.VARIABLE, "from variable"), "from stdin\n").environment();

        assertThat(PasswordReader.read(environment)).isEqualTo("from variable");
    }

    @Test
    void withoutATerminalItIsTheFirstLineOfStdin() throws Exception {
        assertThat(read("correct horse battery\nsecond line\n")).isEqualTo("correct horse battery");
        assertThat(read("windows line\r\n")).isEqualTo("windows line");
        assertThat(read("no newline")).isEqualTo("no newline");
        assertThat(read("  spaces kept  \n")).isEqualTo("  spaces kept  ");
        assertThat(read("pässwörd\n")).isEqualTo("pässwörd");
    }

    @Test
    void anEmptyStdinIsAUsageError() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining(PasswordReader.VARIABLE);
    }

    @Test
    void atATerminalItIsAskedThereAndStdinIsLeftAlone() throws Exception {
        List<String> asked = new ArrayList<>();
        Environment environment = atTerminal(prompt -> {
            asked.add(prompt);
            return "typed".toCharArray();
        });

        assertThat(PasswordReader.read(environment)).isEqualTo("typed");
        assertThat(asked).containsExactly("Password: ");
        assertThat(environment.stdin().available()).as("stdin unread").isPositive();
    }

    @Test
    void aNewPasswordTypedAtATerminalIsAskedTwiceAndMustBeTheSame() throws Exception {
        List<String> typed = new ArrayList<>(List.of("first", "first", "first", "typo"));
        List<String> asked = new ArrayList<>();
        Environment environment = atTerminal(prompt -> {
            asked.add(prompt);
            return typed.remove(0).toCharArray();
        });

        assertThat(PasswordReader.readNew(environment)).isEqualTo("first");
        assertThat(asked).containsExactly("Password: ", "Repeat password: ");
        assertThatThrownBy(() -> PasswordReader.readNew(environment))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessage("the two passwords differ");
    }

    @Test
    void theEndOfInputAtATerminalIsAUsageError() {
        assertThatThrownBy(() -> PasswordReader.read(atTerminal(prompt -> null)))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessage("no password given");
    }

    @Test
    void aTerminalThatCannotBeAskedWithoutEchoSaysWhatToDoInstead() {
        PasswordPrompt failing = prompt -> {
            throw new IOException("stty -echo: Inappropriate ioctl for device");
        };

        assertThatThrownBy(() -> PasswordReader.read(atTerminal(failing)))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.FAILURE))
                .hasMessageContaining("Inappropriate ioctl for device")
                .hasMessageContaining(PasswordReader.VARIABLE);
    }

    private static String read(String stdin) throws Exception {
        return PasswordReader.read(new CapturedEnvironment(Map.of(), stdin).environment());
    }

    private static Environment atTerminal(PasswordPrompt prompt) {
        return new Environment(Map.of(), new ByteArrayInputStream("from stdin\n".getBytes(StandardCharsets.UTF_8)),
                new Output(new StringWriter(), false), new PrintWriter(new StringWriter()), prompt, true);
    }
}
