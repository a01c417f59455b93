package messenger.cli;

import static messenger.cli.CliProcess.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Edits, deletions, replies, reactions, presence and settings through the packaged CLI, as a user runs them. */
class LiveCliIT {

    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static final SharedServer SERVER = new SharedServer();

    @Test
    void messagesAreAnsweredEditedReactedToAndDeletedAndHistoryShowsTheirCurrentState() throws Exception {
        CliProcess kim = SERVER.signedIn("kim");
        CliProcess lea = SERVER.signedIn("lea");
        assertOk(kim.run("room", "create", "lunch"));
        assertOk(lea.run("room", "join", "lunch"));

        long question = idOf(assertOk(kim.run("send", "--to", "lunch", "lunch @lea?")));
        long answer = idOf(assertOk(lea.run("send", "--to", "lunch", "--reply-to", Long.toString(question), "sure")));
        assertOk(kim.run("edit", Long.toString(question), "lunch at noon, @lea?"));
        assertOk(kim.run("react", Long.toString(answer), "+1"));
        assertOk(lea.run("react", Long.toString(answer), "+1"));
        assertOk(lea.run("react", Long.toString(answer), "yum"));
        assertOk(lea.run("react", Long.toString(answer), "yum", "--remove"));

        assertThat(assertOk(lea.run("history", "--to", "lunch")).outLines()).satisfiesExactly(
                line -> assertThat(line).endsWith(" kim: lunch at noon, @lea? (edited) (mentions lea)"),
                line -> assertThat(line).endsWith(" lea: [reply to kim: lunch at noon, @lea?] sure [+1 2]"));
        assertThat(assertOk(lea.run("versions", Long.toString(question))).outLines()).singleElement().asString()
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d lunch @lea\\?");

        assertRefused(lea.run("edit", Long.toString(question), "not mine"), ExitCodes.FORBIDDEN,
                "messenger-cli: you may not edit message #" + question + ": ");
        assertRefused(lea.run("delete", Long.toString(question)), ExitCodes.FORBIDDEN,
                "messenger-cli: you may not delete message #" + question + ": ");
        assertRefused(kim.run("edit", "999999999", "nothing there"), ExitCodes.NOT_FOUND,
                "messenger-cli: no message #999999999");
        assertRefused(kim.run("send", "--reply-to", Long.toString(question), "in general"), ExitCodes.NOT_FOUND,
                "messenger-cli: no message #" + question);

        assertOk(kim.run("delete", Long.toString(question)));
        assertThat(assertOk(lea.run("history", "--to", "lunch")).outLines()).satisfiesExactly(
                line -> assertThat(line).endsWith(" kim: [message deleted]"),
                line -> assertThat(line).endsWith(" lea: [reply to a deleted message of kim] sure [+1 2]"));
        assertRefused(lea.run("react", Long.toString(question), "+1"), ExitCodes.USAGE,
                "messenger-cli: cannot react to message #" + question + ": ");
    }

    @Test
    void tailPrintsChangesAsTheyHappenAndTypingAndPresenceOnlyWhenLive() throws Exception {
        CliProcess max = SERVER.signedIn("max");
        SERVER.signedIn("ned");
        try (MessengerClient ned = SERVER.server().connect()) {
            ned.login("ned", SharedServer.PASSWORD, "test");
            long direct = ned.openDirect("max").id();
            long first = ned.send(direct, "dm-1", "quiet", null).id();

            try (CliProcess.Running tail = max.start("tail", "--to", "@ned")) {
                tail.closeStdin();
                assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith(" ned: quiet");
                ned.editMessage(first, "quiet, please");
                assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith(" * ned edited #" + first + ": quiet, please");
                ned.typing(direct);
                ned.react(first, "ok");
                assertThat(tail.nextLine(LINE_TIMEOUT)).as("no typing line without --live")
                        .endsWith(" * ned reacted ok to #" + first);
                assertThat(tail.terminate()).isZero();
            }

            try (CliProcess.Running live = max.start("tail", "--to", "@ned", "--live")) {
                live.closeStdin();
                assertThat(live.nextLine(LINE_TIMEOUT)).endsWith(" ned: quiet, please (edited) [ok 1]");
                ned.unreact(first, "ok");
                // a change seen means the tail is subscribed: typing and presence, never replayed, now reach it
                awaitLineEndingWith(live, " * ned took back ok on #" + first);
                ned.subscribeAll();
                awaitLineEndingWith(live, " * ned is online");
                ned.typing(direct);
                awaitLineEndingWith(live, " * ned is typing");
                ned.deleteMessage(first);
                awaitLineEndingWith(live, " * ned deleted #" + first);
                assertThat(live.terminate()).isZero();
            }
        }
    }

    @Test
    void presenceNotificationsAndSettingsAreReadAndChanged() throws Exception {
        CliProcess oli = SERVER.signedIn("oli");
        SERVER.signedIn("pia");
        assertOk(oli.run("room", "create", "quiet"));

        CliProcess.Result presence = oli.run("presence", "oli", "@pia", "nobody-here");
        assertThat(presence.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(presence.outLines()).satisfiesExactly(line -> assertThat(line).matches("oli +offline.*"),
                line -> assertThat(line).matches("pia +offline.*"));
        assertThat(presence.err()).isEqualTo("messenger-cli: no user named nobody-here" + System.lineSeparator());

        assertOk(oli.run("notifications", "quiet", "none"));
        assertOk(oli.run("notifications", "@pia", "mentions"));
        assertThat(assertOk(oli.run("ls")).outLines())
                .anyMatch(line -> line.matches("#\\d+ +quiet .* public room, 1 member, owner, notify: none"))
                .anyMatch(line -> line.matches("#\\d+ +@pia .* direct, notify: mentions"))
                .anyMatch(line -> line.matches("#\\d+ +general .* public room, \\d+ members"));

        assertThat(assertOk(oli.run("settings")).out().strip()).isEqualTo("receipts on");
        assertThat(assertOk(oli.run("settings", "--receipts", "off")).out().strip()).isEqualTo("receipts off");
        assertThat(assertOk(oli.run("settings")).out().strip()).isEqualTo("receipts off");
    }

    /** Reads stdout until a line ends with {@code suffix}: presence of others may come in between. */
    private static void awaitLineEndingWith(CliProcess.Running tail, String suffix) throws InterruptedException {
        String line;
        do {
            line = tail.nextLine(LINE_TIMEOUT);
        } while (!line.endsWith(suffix));
    }

    private static void assertRefused(CliProcess.Result result, int exitCode, String errStart) {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(exitCode);
        assertThat(result.err()).startsWith(errStart).hasLineCount(1);
        assertThat(result.out()).isEmpty();
    }

    /** The id a command printed first: a message id ({@code send}) or a conversation's ({@code #12  design …}). */
    private static long idOf(CliProcess.Result result) {
        String out = result.out().strip();
        String first = out.startsWith("#") ? out.substring(1) : out;
        int end = first.indexOf(' ');
        return Long.parseLong(end < 0 ? first : first.substring(0, end));
    }
}
