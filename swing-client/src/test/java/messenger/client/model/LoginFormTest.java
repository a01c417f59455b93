package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import messenger.client.model.LoginForm.Field;
import messenger.protocol.client.ServerAddress;
import org.junit.jupiter.api.Test;

class LoginFormTest {

    @Test
    void aCompleteSignInFormHasNoProblems() {
        assertThat(new LoginForm("localhost:7777", "alice", "correct horse", null).problems()).isEmpty();
    }

    @Test
    void emptyFieldsAreEachNamed() {
        assertThat(new LoginForm(" ", "", "", null).problems())
                .containsOnlyKeys(Field.SERVER, Field.LOGIN, Field.PASSWORD)
                .containsEntry(Field.LOGIN, "Enter your login.")
                .containsEntry(Field.PASSWORD, "Enter your password.");
    }

    @Test
    void aBadAddressIsRefused() {
        for (String server : new String[] {"localhost:99999", "localhost:http", "a b", "::1:7777"}) {
            assertThat(new LoginForm(server, "alice", "correct horse", null).problems()).as(server)
                    .containsOnly(entry(Field.SERVER, "Write the address as host:port, with a port from 1 to 65535."));
        }
    }

    @Test
    void aHostAloneIsOnTheDefaultPort() {
        LoginForm form = new LoginForm(" [::1] ", "alice", "correct horse", null);

        assertThat(form.problems()).isEmpty();
        assertThat(form.address()).isEqualTo(new ServerAddress("::1", ServerAddress.DEFAULT_PORT));
    }

    @Test
    void theContractsLoginAndPasswordRulesApply() {
        assertThat(new LoginForm("h:1", "al", "short", null).problems())
                .containsOnlyKeys(Field.LOGIN, Field.PASSWORD);
        assertThat(new LoginForm("h:1", "al ice", "x".repeat(129), null).problems())
                .containsOnlyKeys(Field.LOGIN, Field.PASSWORD);
    }

    @Test
    void creatingAnAccountNeedsTheSamePasswordTwice() {
        assertThat(new LoginForm("h:1", "alice", "correct horse", "correct hose").problems())
                .containsOnlyKeys(Field.CONFIRMATION);
        assertThat(new LoginForm("h:1", "alice", "correct horse", "correct horse").problems()).isEmpty();
    }

    @Test
    void aCertificateFileMustExistWhenTlsIsOnAndMayBeLeftEmpty() throws Exception {
        Path file = Files.createTempFile("server", ".crt");
        try {
            assertThat(new LoginForm("h:1", "alice", "correct horse", null, true, "").problems()).isEmpty();
            assertThat(new LoginForm("h:1", "alice", "correct horse", null, true, file.toString()).problems())
                    .isEmpty();
            assertThat(new LoginForm("h:1", "alice", "correct horse", null, true, file + ".missing").problems())
                    .containsOnlyKeys(Field.CERTIFICATE);
            assertThat(new LoginForm("h:1", "alice", "correct horse", null, false, file + ".missing").problems())
                    .isEmpty();
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theChoicesToRememberHoldNoPassword() {
        LoginForm form = new LoginForm(" h:1 ", "alice", "correct horse", "correct horse", true, " /etc/server.crt ");

        assertThat(form.choices()).isEqualTo(new LoginChoices("h:1", "alice", true, "/etc/server.crt"));
        assertThat(form.certificateFile()).contains(Path.of("/etc/server.crt"));
    }
}
