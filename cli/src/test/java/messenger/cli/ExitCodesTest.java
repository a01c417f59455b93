package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLHandshakeException;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Every failure ends with one of the documented exit codes and a one-line message. */
class ExitCodesTest {

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyProtocolErrorCodeHasADocumentedExitCode(ErrorCode code) {
        assertThat(ExitCodes.of(code)).isIn(ExitCodes.FAILURE, ExitCodes.USAGE, ExitCodes.NOT_SIGNED_IN,
                ExitCodes.NOT_FOUND, ExitCodes.UNAVAILABLE, ExitCodes.CHECKSUM_MISMATCH, ExitCodes.FORBIDDEN);
    }

    @Test
    void protocolErrorsMapAsDocumented() {
        assertThat(ExitCodes.of(ErrorCode.AUTH_FAILED)).isEqualTo(3);
        assertThat(ExitCodes.of(ErrorCode.UNAUTHENTICATED)).isEqualTo(3);
        assertThat(ExitCodes.of(ErrorCode.NOT_FOUND)).isEqualTo(4);
        assertThat(ExitCodes.of(ErrorCode.UNAVAILABLE)).isEqualTo(5);
        assertThat(ExitCodes.of(ErrorCode.RATE_LIMITED)).isEqualTo(5);
        assertThat(ExitCodes.of(ErrorCode.CHECKSUM_MISMATCH)).isEqualTo(6);
        assertThat(ExitCodes.of(ErrorCode.FORBIDDEN)).isEqualTo(8);
        assertThat(ExitCodes.of(ErrorCode.BAD_REQUEST)).isEqualTo(2);
        assertThat(ExitCodes.of(ErrorCode.WEAK_PASSWORD)).isEqualTo(2);
        assertThat(ExitCodes.of(ErrorCode.INVALID_LOGIN)).isEqualTo(2);
        assertThat(ExitCodes.of(ErrorCode.TOO_LARGE)).isEqualTo(2);
        assertThat(ExitCodes.of(ErrorCode.LOGIN_TAKEN)).isEqualTo(1);
        assertThat(ExitCodes.of(ErrorCode.INTERNAL)).isEqualTo(1);
    }

    @Test
    void serverRefusalsKeepTheServersWords() {
        Failure failure = Failure.of(new MessengerException(ErrorCode.NOT_FOUND, "no file with id 9", null));

        assertThat(failure).isEqualTo(new Failure(4, "no file with id 9"));
    }

    @Test
    void aBrokenConnectionIsServerUnavailable() {
        Failure failure = Failure.of(new ConnectionLostException("connection lost: Connection reset", null));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(failure.message()).contains("Connection reset");
    }

    @Test
    void whatReconnectingGivesUpOnIsUnavailableOrNotTrustedAsAtTheFirstConnection() {
        // RetryingConnection throws these once its attempts are used up, or at once for a certificate refused
        assertThat(Failure.of(new UnknownHostException("chat.example.org")))
                .isEqualTo(new Failure(ExitCodes.UNAVAILABLE, "unknown host chat.example.org"));
        assertThat(Failure.of(new SSLHandshakeException("the server at localhost:7777 is not trusted")).exitCode())
                .isEqualTo(ExitCodes.NOT_TRUSTED);
    }

    @Test
    void localFileProblemsAreNamedPlainly() {
        assertThat(Failure.of(new NoSuchFileException("a.txt")))
                .isEqualTo(new Failure(4, "no such file or folder: a.txt"));
        assertThat(Failure.of(new AccessDeniedException("a.txt")))
                .isEqualTo(new Failure(1, "permission denied: a.txt"));
        assertThat(Failure.of(new FileAlreadyExistsException("a.txt")))
                .isEqualTo(new Failure(1, "a.txt already exists"));
        assertThat(Failure.of(new IOException("disk full"))).isEqualTo(new Failure(1, "disk full"));
    }

    @Test
    void ownFailuresCarryTheirExitCode() {
        assertThat(Failure.of(new CliException(ExitCodes.NOT_SIGNED_IN, "not signed in")))
                .isEqualTo(new Failure(3, "not signed in"));
    }

    @Test
    void anythingElseIsExitOneAndPointsToDebug() {
        Failure failure = Failure.of(new IllegalStateException("boom"));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(failure.message()).contains("boom", "--debug");
    }

    @Test
    void anErrorSuchAsOutOfMemoryIsOneLineAndExitOne() {
        CapturedEnvironment captured = new CapturedEnvironment(Map.of(), "");
        CommandLine commandLine = MessengerCli.commandLine(captured.environment())
                .addSubcommand(new CommandLine(new RunningOutOfMemory()));

        assertThat(commandLine.execute("run-out-of-memory")).isEqualTo(ExitCodes.FAILURE);
        assertThat(captured.err()).isEqualTo("messenger-cli: unexpected error: java.lang.OutOfMemoryError: Java heap"
                + " space (run with --debug for details)" + System.lineSeparator());
        assertThat(captured.out()).isEmpty();
    }

    @Command(name = "run-out-of-memory")
    static final class RunningOutOfMemory implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void messagesAreOneLine() {
        Failure failure = Failure.of(new MessengerException(ErrorCode.BAD_REQUEST, "first\nsecond\r\n third ", null));

        assertThat(failure.oneLine()).isEqualTo("first second third");
    }
}
