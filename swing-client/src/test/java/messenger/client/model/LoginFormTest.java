package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import messenger.client.model.LoginForm.Field;
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
    void aBadPortIsRefused() {
        assertThat(new LoginForm("localhost:99999", "alice", "correct horse", null).problems())
                .containsOnlyKeys(Field.SERVER);
        assertThat(new LoginForm("localhost:http", "alice", "correct horse", null).problems())
                .containsOnlyKeys(Field.SERVER);
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
}
