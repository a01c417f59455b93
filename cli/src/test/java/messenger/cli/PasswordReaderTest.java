package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static String read(String stdin) throws Exception {
        return PasswordReader.read(new CapturedEnvironment(Map.of(), stdin).environment());
    }
}
