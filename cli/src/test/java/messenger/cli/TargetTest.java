package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What --to and ROOM accept: a room name, #ID or @LOGIN, each checked for its form before anything is sent. */
class TargetTest {

    @Test
    void aNameIsARoomNameAsWrittenSpacesAndCaseIncluded() {
        assertThat(Target.parse("design", "--to")).isEqualTo(new Target.Named("design"));
        assertThat(Target.parse("Release Plan", "--to")).isEqualTo(new Target.Named("Release Plan"));
        assertThat(Target.parse("42", "--to")).isEqualTo(new Target.Named("42"));
        assertThat(Target.parse("#design", "--to")).isEqualTo(new Target.Named("#design"));
    }

    @Test
    void hashAndDigitsIsAConversationId() {
        assertThat(Target.parse("#12", "--to")).isEqualTo(new Target.ById(12));
    }

    @Test
    void atAndALoginIsTheDirectConversation() {
        assertThat(Target.parse("@bob", "--to")).isEqualTo(new Target.Direct("bob"));
        assertThat(Target.login("@bob", "LOGIN")).isEqualTo("bob");
        assertThat(Target.login("bob", "LOGIN")).isEqualTo("bob");
    }

    @Test
    void malformedTargetsAreUsageErrors() {
        assertUsage(() -> Target.parse("", "--to"), "--to needs a room name, #ID or @LOGIN");
        assertUsage(() -> Target.parse("  ", "--to"), "--to needs");
        assertUsage(() -> Target.parse("#0", "--to"), "#0 is not a conversation id");
        assertUsage(() -> Target.parse("#99999999999999999999", "--to"), "is not a conversation id");
        assertUsage(() -> Target.parse("@", "--to"), "is not a login");
        assertUsage(() -> Target.parse("@no spaces", "--to"), "'@no spaces' is not a login");
        assertUsage(() -> Target.parse("x".repeat(65), "--to"), "at most 64 characters");
        assertUsage(() -> Target.login("a\u001bb", "LOGIN"), "'a\\u001bb' is not a login");
    }

    private static void assertUsage(Runnable parse, String message) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(CliException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
