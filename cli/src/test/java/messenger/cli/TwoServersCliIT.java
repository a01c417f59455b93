package messenger.cli;

import static messenger.cli.CliProcess.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.testkit.ServerProcess;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stored sign-in belongs to the server that issued it: {@code logout} revokes it there whichever server is named,
 * and no other server is sent the token. The shared server issues it; a second packaged server is the other one.
 */
class TwoServersCliIT {

    @RegisterExtension
    static final SharedServer SERVER = new SharedServer();

    private static ServerProcess other;

    @BeforeAll
    static void startAnotherServer() throws Exception {
        other = ServerProcess.start(SERVER.work().resolve("other-server"));
    }

    @AfterAll
    static void stopTheOtherServer() throws InterruptedException {
        if (other != null) {
            other.stop();
        }
    }

    @Test
    void logoutRevokesTheTokenOnTheServerThatIssuedItWhicheverServerIsNamed() throws Exception {
        SERVER.signedIn("hana");
        Path home = SERVER.work().resolve("hana");
        ConfigFile configFile = new ConfigFile(home.resolve("config"));
        String token = configFile.load().token();
        CliProcess namingTheOther = new CliProcess(home.resolve("config"), "127.0.0.1:" + other.port(), home);

        assertOk(namingTheOther.run("logout"));

        assertThat(configFile.load().token()).isNull();
        try (MessengerClient issuer = SERVER.server().connect()) {
            assertThatThrownBy(() -> issuer.resume(token)).isInstanceOfSatisfying(MessengerException.class,
                    refused -> assertThat(refused.code()).isEqualTo(ErrorCode.AUTH_FAILED));
        }
    }

    @Test
    void theTokenIsSentToNoOtherServer() throws Exception {
        CliProcess ivo = SERVER.signedIn("ivo");
        String issuer = "127.0.0.1:" + SERVER.server().port();

        try (TcpRelay elsewhere = new TcpRelay(SERVER.server().port())) {
            for (String[] command : new String[][] {{"send", "by way of another address"}, {"tail"}}) {
                CliProcess.Result refused = ivo.run(concat("--server", elsewhere.address(), command));

                assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.NOT_SIGNED_IN);
                assertThat(refused.err()).isEqualTo("messenger-cli: signed in to " + issuer + ", not to "
                        + elsewhere.address() + "; run 'messenger-cli login ivo' to sign in there instead"
                        + System.lineSeparator());
                assertThat(refused.out()).isEmpty();
            }
        }
        assertThat(assertOk(ivo.run("history", "--limit", "100")).out()).doesNotContain("by way of another address");
        assertThat(Files.readString(SERVER.work().resolve("ivo").resolve("config").resolve(ConfigFile.NAME)))
                .as("the sign-in stays for the server that issued it").contains("token=");
    }

    private static String[] concat(String option, String value, String[] command) {
        String[] all = new String[command.length + 2];
        all[0] = option;
        all[1] = value;
        System.arraycopy(command, 0, all, 2, command.length);
        return all;
    }
}
