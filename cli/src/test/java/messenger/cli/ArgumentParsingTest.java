package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import messenger.protocol.client.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Arguments are understood as documented, and wrong ones are a usage error: exit 2 and one line on stderr. */
class ArgumentParsingTest {

    @TempDir
    Path configDir;

    private final CapturedEnvironment captured = new CapturedEnvironment(Map.of(), "");

    @Test
    void sharedOptionsWorkBeforeAndAfterTheCommand() {
        ParseResult before = parse("--server", "example.org:9000", "--config-dir", "/tmp/c", "send", "hi");
        ParseResult after = parse("send", "hi", "--server", "example.org:9000", "--config-dir", "/tmp/c");

        for (ParseResult parsed : new ParseResult[] {before, after}) {
            CommandLine top = parsed.commandSpec().commandLine();
            MessengerCli cli = top.getCommand();
            assertThat(cli.server(Config.EMPTY)).isEqualTo(new ServerAddress("example.org", 9000));
            assertThat(cli.configFile().path()).isEqualTo(Path.of("/tmp/c", ConfigFile.NAME));
        }
    }

    @Test
    void aServerWithoutAPortIsOnPort7777() {
        MessengerCli cli = parse("--server", "example.org", "send", "hi").commandSpec().commandLine().getCommand();

        assertThat(cli.server(Config.EMPTY)).isEqualTo(new ServerAddress("example.org", 7777));
    }

    @Test
    void tlsIsTheOptionsElseWhatLoginRememberedForTheSameServerElseOff() {
        Path certificate = Path.of("/etc/messenger/server.crt");
        Config remembered = new Config("chat.example.org:7777", "alice", "token", new TlsSetting(true, certificate));

        assertThat(tlsOf(remembered, "send", "hi")).isEqualTo(remembered.tls());
        assertThat(tlsOf(remembered, "--server", "chat.example.org:7777", "send", "hi")).isEqualTo(remembered.tls());
        assertThat(tlsOf(remembered, "--server", "other.example.org:7777", "send", "hi")).isEqualTo(TlsSetting.OFF);
        assertThat(tlsOf(remembered, "send", "hi", "--no-tls")).isEqualTo(TlsSetting.OFF);
        assertThat(tlsOf(Config.EMPTY, "send", "hi", "--tls")).isEqualTo(new TlsSetting(true, null));
        assertThat(tlsOf(Config.EMPTY, "--tls-cert", "/etc/other.pem", "login", "bob"))
                .isEqualTo(new TlsSetting(true, Path.of("/etc/other.pem")));
        assertThat(tlsOf(Config.EMPTY, "send", "hi")).isEqualTo(TlsSetting.OFF);
    }

    @Test
    void tlsRememberedForAClusterListAppliesToEachOfItsServersInAnyOrder() {
        Config remembered = new Config("h1.example.org:7777,h2.example.org:7777", "alice", "token",
                new TlsSetting(true, null));
        Map<String, String> secondMember = Map.of(MessengerCli.SERVER_VARIABLE, "h2.example.org:7777");

        assertThat(tlsOf(remembered, "--server", "h2.example.org:7777", "login", "alice")).isEqualTo(remembered.tls());
        assertThat(tlsOf(remembered, "--server", "h2.example.org,h1.example.org", "send", "hi"))
                .isEqualTo(remembered.tls());
        assertThat(tlsIn(secondMember, remembered, "send", "hi")).isEqualTo(remembered.tls());
        assertThat(tlsIn(secondMember, remembered, "send", "hi", "--no-tls")).isEqualTo(TlsSetting.OFF);
        assertThat(tlsOf(remembered, "--server", "h1.example.org:7777,h3.example.org:7777", "send", "hi"))
                .isEqualTo(TlsSetting.OFF);
    }

    @Test
    void tlsCertWithNoTlsIsAUsageError() {
        MessengerCli cli = parse("--no-tls", "--tls-cert", "a.pem", "send", "hi").commandSpec().commandLine()
                .getCommand();

        assertThatThrownBy(() -> cli.endpoint(Config.EMPTY)).isInstanceOfSatisfying(CliException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE));
    }

    private TlsSetting tlsOf(Config config, String... args) {
        MessengerCli cli = parse(args).commandSpec().commandLine().getCommand();
        return cli.endpoint(config).tls();
    }

    private static TlsSetting tlsIn(Map<String, String> variables, Config config, String... args) {
        CommandLine commandLine = MessengerCli.commandLine(new CapturedEnvironment(variables, "").environment());
        MessengerCli cli = commandLine.parseArgs(args).commandSpec().commandLine().getCommand();
        return cli.endpoint(config).tls();
    }

    @Test
    void sendTakesATextOrAFileWithACaptionAndAClientMessageId() {
        ParseResult text = parse("send", "hello there").subcommand();
        assertThat(text.matchedPositionalValue(0, "")).isEqualTo("hello there");

        ParseResult file = parse("send", "--file", "a.pdf", "--text", "the report", "--client-msg-id", "retry-1")
                .subcommand();
        assertThat(file.matchedOptionValue("--file", Path.of(""))).isEqualTo(Path.of("a.pdf"));
        assertThat(file.matchedOptionValue("--text", "")).isEqualTo("the report");
        assertThat(file.matchedOptionValue("--client-msg-id", "")).isEqualTo("retry-1");
    }

    @Test
    void tailHistoryAndDownloadOptionsParse() {
        ParseResult tail = parse("tail", "--json", "--after", "41").subcommand();
        assertThat(tail.hasMatchedOption("--json")).isTrue();
        assertThat(tail.matchedOptionValue("--after", 0L)).isEqualTo(41L);

        ParseResult history = parse("history", "--before", "100", "--limit", "25", "--json").subcommand();
        assertThat(history.matchedOptionValue("--before", 0L)).isEqualTo(100L);
        assertThat(history.matchedOptionValue("--limit", 0)).isEqualTo(25);

        ParseResult download = parse("download", "7", "-o", "out.bin", "--force").subcommand();
        assertThat(download.matchedPositionalValue(0, 0L)).isEqualTo(7L);
        assertThat(download.matchedOptionValue("--output", Path.of(""))).isEqualTo(Path.of("out.bin"));
        assertThat(download.hasMatchedOption("--force")).isTrue();
    }

    @Test
    void conversationCommandsParse() {
        ParseResult send = parse("send", "--to", "@bob", "hi").subcommand();
        assertThat(send.matchedOptionValue("--to", "")).isEqualTo("@bob");

        ParseResult tail = parse("tail", "--to", "#12").subcommand();
        assertThat(tail.matchedOptionValue("--to", "")).isEqualTo("#12");
        assertThat(parse("tail", "--all", "--json").subcommand().hasMatchedOption("--all")).isTrue();

        ParseResult history = parse("history", "--to", "Release Plan", "--mark-read").subcommand();
        assertThat(history.matchedOptionValue("--to", "")).isEqualTo("Release Plan");
        assertThat(history.hasMatchedOption("--mark-read")).isTrue();

        assertThat(parse("ls", "--unread").subcommand().commandSpec().name()).isEqualTo("conversations");
        assertThat(parse("rooms", "--prefix", "de").subcommand().matchedOptionValue("--prefix", "")).isEqualTo("de");

        ParseResult create = parse("room", "create", "design", "--topic", "logos", "--private").subcommand()
                .subcommand();
        assertThat(create.matchedPositionalValue(0, "")).isEqualTo("design");
        assertThat(create.matchedOptionValue("--topic", "")).isEqualTo("logos");
        assertThat(create.hasMatchedOption("--private")).isTrue();

        ParseResult invite = parse("room", "invite", "design", "bob", "@carol").subcommand().subcommand();
        assertThat(invite.matchedPositionalValue(0, "")).isEqualTo("design");
        assertThat(invite.matchedPositionalValue(1, List.of())).containsExactly("bob", "@carol");

        assertThat(parse("dm", "@bob").subcommand().matchedPositionalValue(0, "")).isEqualTo("@bob");
    }

    @Test
    void anAtLoginIsNeverReadAsAnArgumentFile() throws Exception {
        Path bob = Files.writeString(configDir.resolve("bob"), "--server evil.example.org");

        ParseResult send = parse("send", "--to", "@" + bob, "hi").subcommand();

        assertThat(send.matchedOptionValue("--to", "")).isEqualTo("@" + bob);
        assertThat(send.matchedPositionalValue(0, "")).isEqualTo("hi");
    }

    @Test
    void conversationArgumentsAreCheckedBeforeAnythingIsSent() {
        assertUsageError(run("tail", "--to", "design", "--all"), "either --to or --all");
        assertUsageError(run("send", "--to", "", "hi"), "--to needs a room name, #ID or @LOGIN");
        assertUsageError(run("history", "--to", "#0"), "is not a conversation id");
        assertUsageError(run("dm", "not a login"), "is not a login");
        assertUsageError(run("room"), "no room command given");
        assertUsageError(run("room", "create", " "), "1 to 64 characters");
        assertUsageError(run("room", "create", "x", "--topic", "t".repeat(251)), "at most 250 characters");
        assertUsageError(run("room", "invite", "design"), "Missing required parameter: 'LOGIN'");
        assertUsageError(run("room", "invite", "design", "bad login"), "is not a login");
        assertUsageError(run("rooms", "--limit", "0"), "--limit must be at least 1");
    }

    @Test
    void aPasswordCannotBeGivenAsAnArgument() {
        assertUsageError(run("login", "alice", "--password", "secret"), "'--password'");
        assertUsageError(run("login", "alice", "secret"), "Unmatched argument");
    }

    @Test
    void missingOrUnknownCommandsAndOptionsAreUsageErrors() {
        assertUsageError(run(), "no command given");
        assertUsageError(run("shout", "hi"), "Unmatched argument");
        assertUsageError(run("history", "--limit", "many"), "'many' is not an int");
        assertUsageError(run("download"), "Missing required parameter: 'FILE_ID'");
        assertUsageError(run("--server", "no such host", "history"), "a server address is HOST:PORT");
        assertUsageError(run("--server", "host:70000", "history"), "port from 1 to 65535");
    }

    @Test
    void valuesOutOfRangeAreUsageErrorsBeforeAnythingIsSent() {
        assertUsageError(run("send"), "nothing to send");
        assertUsageError(run("send", "a", "--text", "b"), "not both");
        assertUsageError(run("send", "hi", "--client-msg-id", "x".repeat(65)), "1 to 64 characters");
        assertUsageError(run("history", "--limit", "0"), "--limit must be at least 1");
        assertUsageError(run("history", "--before", "0"), "--before");
        assertUsageError(run("tail", "--after", "-1"), "--after");
        assertUsageError(run("download", "0"), "FILE_ID must be at least 1");
        assertUsageError(run("edit", "0", "new text"), "ID must be a message id");
        assertUsageError(run("send", "hi", "--reply-to", "-3"), "ID must be a message id");
    }

    @Test
    void aTextLongerThanAMessageMayBeIsAUsageErrorBeforeAnythingIsSent() {
        // characters as the protocol counts them: code points, so 4,096 emoji are one message
        String longest = "😀".repeat(4096);
        assertThat(MessageRequest.text(longest)).isEqualTo(longest);

        assertUsageError(run("send", "x".repeat(4097)), "a message has at most 4,096 characters; this text has 4,097");
        assertUsageError(run("send", "--file", "a.pdf", "--text", "x".repeat(100_000)), "this text has 100,000");
        assertUsageError(run("edit", "5", "x".repeat(4097)), "at most 4,096 characters");
    }

    @Test
    void liveConversationArgumentsAreCheckedBeforeAnythingIsSent() {
        assertUsageError(run("react", "5"), "Missing required parameter: 'EMOJI'");
        assertUsageError(run("delete", "five"), "'five' is not a long");
        assertUsageError(run("notifications", "design", "loud"), "Invalid value");
        assertUsageError(run("settings", "--receipts", "maybe"), "Invalid value");
        assertUsageError(run("presence"), "Missing required parameter: 'LOGIN'");
        assertUsageError(run("presence", "bob", "not a login"), "is not a login");
        assertUsageError(run("tail", "--live"), "--live needs --to or --all");
    }

    @Test
    void aBadServerInTheEnvironmentIsAUsageError() {
        CapturedEnvironment withVariable = new CapturedEnvironment(
                Map.of(MessengerCli.SERVER_VARIABLE, "no such host", ConfigDirectory.VARIABLE, configDir.toString()),
                "");

        assertThat(withVariable.run("register", "alice")).isEqualTo(ExitCodes.USAGE);
        assertThat(withVariable.err()).isEqualTo("messenger-cli: MESSENGER_SERVER: a server address is HOST:PORT,"
                + " not 'no such host'" + System.lineSeparator());
    }

    @Test
    void commandsThatNeedASignInSayWhenThereIsNone() {
        for (String[] args : new String[][] {{"send", "hi"}, {"history"}, {"tail"}, {"download", "1"}, {"logout"},
                {"ls"}, {"rooms"}, {"dm", "bob"}, {"room", "create", "x"}, {"room", "join", "x"},
                {"room", "invite", "x", "bob"}, {"room", "leave", "x"}, {"room", "members", "x"},
                {"send", "--to", "x", "hi"}, {"history", "--to", "x"}, {"tail", "--to", "x"}, {"tail", "--all"}}) {
            CapturedEnvironment fresh = new CapturedEnvironment(Map.of(), "");
            String[] withConfig = concat(args, "--config-dir", configDir.toString());

            assertThat(fresh.run(withConfig)).as(String.join(" ", args)).isEqualTo(ExitCodes.NOT_SIGNED_IN);
            assertThat(fresh.err()).startsWith("messenger-cli: not signed in");
        }
    }

    @Test
    void aMissingFileToSendIsNotFound() {
        CapturedEnvironment signedIn = new CapturedEnvironment(Map.of(), "");
        int exit = signedIn.run("send", "--file", configDir.resolve("absent.txt").toString(),
                "--config-dir", configDir.toString());

        assertThat(exit).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(signedIn.err()).contains("no such file or folder").contains("absent.txt");
    }

    @Test
    void helpGoesToStdoutWithExitZeroAndListsTheExitCodes() {
        assertThat(captured.run("--help")).isZero();
        assertThat(captured.out()).contains("tail", "download", "conversations, ls", "room", "dm", "Exit codes:",
                "6   checksum mismatch",
                "8   not a member");
        assertThat(captured.err()).isEmpty();
    }

    private ParseResult parse(String... args) {
        return MessengerCli.commandLine(captured.environment()).parseArgs(args);
    }

    private CapturedEnvironment run(String... args) {
        CapturedEnvironment fresh = new CapturedEnvironment(Map.of(), "");
        fresh.run(concat(args, "--config-dir", configDir.toString()));
        return fresh;
    }

    private static void assertUsageError(CapturedEnvironment run, String expected) {
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith(ErrorReporter.PREFIX).contains(expected);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
