package messenger.cli;

import static messenger.cli.CliProcess.assertOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import messenger.protocol.FileInfo;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The packaged messenger-cli jar, run as a script runs it, against the packaged server. */
class MessengerCliIT {

    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static final SharedServer SERVER = new SharedServer();

    @Test
    void aScriptRegistersSignsInSendsReadsDownloadsFollowsAndSignsOut() throws Exception {
        CliProcess alice = SERVER.cli("alice");
        byte[] bytes = new byte[1_500_000];
        new Random(11).nextBytes(bytes);
        Path original = Files.write(folder("alice-files").resolve("report.bin"), bytes);

        assertOk(alice.runWithInput(SharedServer.PASSWORD + "\n", "register", "alice"));
        assertOk(alice.runWithInput(SharedServer.PASSWORD + "\n", "login", "alice"));
        Path config = SERVER.work().resolve("alice").resolve("config").resolve(ConfigFile.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");

        long textId = Long.parseLong(assertOk(alice.run("send", "hello from a script")).out().strip());
        long fileMessageId = Long.parseLong(assertOk(alice.run("send", "--file", original.toString(),
                "--text", "the report")).out().strip());
        assertThat(fileMessageId).isGreaterThan(textId);
        CliProcess.Result again = alice.run("send", "--file", original.toString(), "--text", "the report again");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err().strip()).as("the same bytes are not sent twice")
                .isEqualTo("uploading report.bin: the server has these 1.5 MB already, nothing sent");
        long againId = Long.parseLong(again.out().strip());

        List<String> history = assertOk(alice.run("history", "--json")).outLines();
        JsonObject text = JsonParser.parseString(history.get(history.size() - 3)).getAsJsonObject();
        JsonObject withFile = JsonParser.parseString(history.get(history.size() - 2)).getAsJsonObject();
        JsonObject withTheSameFile = JsonParser.parseString(history.get(history.size() - 1)).getAsJsonObject();
        assertThat(withTheSameFile.get("id").getAsLong()).isEqualTo(againId);
        assertThat(withTheSameFile.getAsJsonObject("file").get("sha256"))
                .isEqualTo(withFile.getAsJsonObject("file").get("sha256"));
        assertThat(text.get("id").getAsLong()).isEqualTo(textId);
        assertThat(text.get("from").getAsString()).isEqualTo("alice");
        assertThat(text.get("text").getAsString()).isEqualTo("hello from a script");
        assertThat(withFile.get("text").getAsString()).isEqualTo("the report");
        JsonObject file = withFile.getAsJsonObject("file");
        assertThat(file.get("name").getAsString()).isEqualTo("report.bin");
        long fileId = file.get("id").getAsLong();

        CliProcess.Result download = assertOk(alice.run("download", Long.toString(fileId)));
        assertThat(download.out().strip()).isEqualTo("report.bin");
        assertThat(Files.readAllBytes(SERVER.work().resolve("alice").resolve("report.bin"))).isEqualTo(bytes);

        try (CliProcess.Running tail = alice.start("tail", "--json", "--after", Long.toString(textId))) {
            tail.closeStdin();
            assertThat(json(tail.nextLine(LINE_TIMEOUT)).get("id").getAsLong()).isEqualTo(fileMessageId);
            assertThat(json(tail.nextLine(LINE_TIMEOUT)).get("id").getAsLong()).isEqualTo(againId);
            long liveId = Long.parseLong(assertOk(alice.run("send", "sent while tail runs")).out().strip());
            JsonObject live = json(tail.nextLine(LINE_TIMEOUT));
            assertThat(live.get("id").getAsLong()).isEqualTo(liveId);
            assertThat(live.get("text").getAsString()).isEqualTo("sent while tail runs");
            assertThat(tail.terminate()).isZero();
        }

        assertOk(alice.run("logout"));
        assertThat(Files.readString(config)).doesNotContain("token=");
        CliProcess.Result refused = alice.run("send", "after logout");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.NOT_SIGNED_IN);
        assertThat(refused.err()).startsWith("messenger-cli: not signed in").hasLineCount(1);
    }

    @Test
    void anUnreachableServerIsExitFive() throws Exception {
        CliProcess nowhere = new CliProcess(folder("nowhere"), "127.0.0.1:" + closedPort(), folder("nowhere"));

        CliProcess.Result result = nowhere.runWithInput(SharedServer.PASSWORD + "\n", "register", "nobody");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.err()).startsWith("messenger-cli: cannot connect to 127.0.0.1:").hasLineCount(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aTextOverTheFramesHeaderLimitIsExitTwoAtOnceNotANetworkFailure() throws Exception {
        CliProcess olga = SERVER.signedIn("olga");

        CliProcess.Result tooLong = olga.run("send", "x".repeat(100_000));

        assertThat(tooLong.exitCode()).as(tooLong.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooLong.err()).isEqualTo("messenger-cli: a message has at most 4,096 characters; this text has"
                + " 100,000" + System.lineSeparator());
        assertThat(tooLong.out()).isEmpty();
    }

    @Test
    void aSendEndingWithExitFiveNamesItsClientMessageIdSoThatARetryPostsItOnce() throws Exception {
        SERVER.signedIn("piet");
        Path home = SERVER.work().resolve("piet");
        try (TcpRelay relay = new TcpRelay(SERVER.server().port())) {
            CliProcess piet = new CliProcess(home.resolve("config"), relay.address(), home);
            assertOk(piet.runWithInput(SharedServer.PASSWORD + "\n", "login", "piet"));
            relay.cut();

            CliProcess.Result lost = piet.run("send", "posted once");

            assertThat(lost.exitCode()).as(lost.err()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(lost.err()).hasLineCount(1);
            Matcher named = Pattern.compile("the message may have been posted: retry with --client-msg-id (\\S+) to"
                    + " post it once at most$").matcher(lost.err().strip());
            assertThat(named.find()).as(lost.err()).isTrue();
            relay.restore();
            String retried = assertOk(piet.run("send", "posted once", "--client-msg-id", named.group(1))).out();
            String again = assertOk(piet.run("send", "posted once", "--client-msg-id", named.group(1))).out();
            assertThat(again).as("the server stores it once, whatever the number of retries").isEqualTo(retried);
        }
    }

    @Test
    void aWrongPasswordIsExitThreeAndAnUnknownFileExitFour() throws Exception {
        CliProcess bob = SERVER.cli("bob");
        assertOk(bob.runWithInput(SharedServer.PASSWORD + "\n", "register", "bob"));

        CliProcess.Result wrong = bob.runWithInput("not the password\n", "login", "bob");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.NOT_SIGNED_IN);
        assertThat(wrong.err()).isEqualTo("messenger-cli: wrong login or password" + System.lineSeparator());

        assertOk(bob.runWithInput(SharedServer.PASSWORD + "\n", "login", "bob"));
        CliProcess.Result missing = bob.run("download", "987654321");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.err()).hasLineCount(1);
    }

    @Test
    void downloadsResumeNeverOverwriteAndCatchCorruption() throws Exception {
        CliProcess carol = SERVER.signedIn("carol");
        byte[] bytes = new byte[700_000];
        new Random(3).nextBytes(bytes);
        FileInfo file = uploadDirectly("carol", "../../evil\u001b name.bin", bytes);
        Path saved = SERVER.work().resolve("carol").resolve("evil name.bin");
        Path partial = SERVER.work().resolve("carol").resolve("evil name.bin." + file.id() + ".part");

        Files.write(partial, Arrays.copyOf(bytes, 300_000));
        assertThat(assertOk(carol.run("download", Long.toString(file.id()))).out().strip()).isEqualTo("evil name.bin");
        assertThat(Files.readAllBytes(saved)).isEqualTo(bytes);
        assertThat(partial).doesNotExist();

        CliProcess.Result again = carol.run("download", Long.toString(file.id()));
        assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).contains("already exists", "--force");

        byte[] corrupt = Arrays.copyOf(bytes, 300_000);
        corrupt[12_345] ^= 1;
        Files.write(partial, corrupt);
        CliProcess.Result mismatch = carol.run("download", Long.toString(file.id()), "--force");
        assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.CHECKSUM_MISMATCH);
        assertThat(partial).doesNotExist();

        assertOk(carol.run("download", Long.toString(file.id()), "--force", "--output", "copy.bin"));
        assertThat(Files.readAllBytes(SERVER.work().resolve("carol").resolve("copy.bin"))).isEqualTo(bytes);
    }

    @Test
    void tailReconnectsAfterTheConnectionDropsAndFillsTheGap() throws Exception {
        SERVER.signedIn("dave");
        try (TcpRelay proxy = new TcpRelay(SERVER.server().port());
             MessengerClient sender = SERVER.server().connect()) {
            sender.login("dave", SharedServer.PASSWORD, "test");
            long start = sender.send("before-tail", "before tail", null).id();
            CliProcess dave = new CliProcess(SERVER.work().resolve("dave").resolve("config"), proxy.address(),
                    SERVER.work().resolve("dave"));
            // signed in through the relay: a stored token goes to no other address than the one it came from
            assertOk(dave.runWithInput(SharedServer.PASSWORD + "\n", "login", "dave"));

            try (CliProcess.Running tail = dave.start("tail", "--after", Long.toString(start))) {
                sender.send("first", "first", null);
                assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith("dave: first");

                proxy.cut();
                assertThat(tail.nextErrorLine(LINE_TIMEOUT)).startsWith("messenger-cli: ").contains("reconnecting in");
                sender.send("while-down", "sent while the connection was down", null);
                proxy.restore();

                assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith("dave: sent while the connection was down");
                sender.send("after", "after the reconnect", null);
                assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith("dave: after the reconnect");
                assertThat(tail.isAlive()).isTrue();
                assertThat(tail.terminate()).isZero();
            }
        }
    }

    @Test
    void tailWaitsLongerAndLongerForAServerThatDropsEachConnectionAtOnce() throws Exception {
        SERVER.signedIn("quinn");
        Path home = SERVER.work().resolve("quinn");
        try (TcpRelay relay = new TcpRelay(SERVER.server().port());
             MessengerClient sender = SERVER.server().connect()) {
            sender.login("quinn", SharedServer.PASSWORD, "test");
            CliProcess quinn = new CliProcess(home.resolve("config"), relay.address(), home);
            assertOk(quinn.runWithInput(SharedServer.PASSWORD + "\n", "login", "quinn"));

            long start = sender.send("before", "before the tail", null).id();

            try (CliProcess.Running tail = quinn.start("tail", "--after", Long.toString(start))) {
                sender.send("connected", "tail is connected", null);
                assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith("quinn: tail is connected");
                List<Long> waits = new ArrayList<>();
                // the doubling from 1 s reaches 8 s (announced as at least 4 s) at the fourth attempt in a row; a
                // count started afresh at each connection stays under the cap for restarts, 3 s
                while (waits.size() < 8 && (waits.isEmpty() || waits.get(waits.size() - 1) < 5)) {
                    relay.cut();
                    String waiting = tail.nextErrorLine(LINE_TIMEOUT);
                    Matcher seconds = Pattern.compile("reconnecting in (\\d+) s$").matcher(waiting);
                    assertThat(seconds.find()).as(waiting).isTrue();
                    waits.add(Long.parseLong(seconds.group(1)));
                    relay.restore();
                    assertThat(tail.nextErrorLine(Duration.ofSeconds(60))).as("after " + waits)
                            .startsWith("messenger-cli: reconnected to ");
                }
                assertThat(waits.get(waits.size() - 1)).as("announced waits, in seconds: " + waits)
                        .isGreaterThanOrEqualTo(5L);
                assertThat(tail.terminate()).isZero();
            }
        }
    }

    @Test
    void tailEndsWithExitZeroAtTheNextMessageOnceTheReaderOfItsStdoutHasGone() throws Exception {
        CliProcess erik = SERVER.signedIn("erik");
        try (MessengerClient sender = SERVER.server().connect()) {
            sender.login("erik", SharedServer.PASSWORD, "test");
            long start = sender.send("before-pipe", "before the tail", null).id();

            try (CliProcess.Running tail = erik.startPiped("tail", "--after", Long.toString(start))) {
                sender.send("read", "read by head", null);
                assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith("erik: read by head");
                tail.closeStdout();
                sender.send("unread", "after head is gone", null);

                assertThat(tail.awaitExit(LINE_TIMEOUT)).isZero();
            }
        }
    }

    @Test
    void aCommandWhoseStdoutCannotBeWrittenIsExitOne() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full here");
        CliProcess zoe = SERVER.signedIn("zoe");
        assertOk(zoe.run("send", "a line to print"));

        CliProcess.Result result = zoe.runWithStdoutTo(full, "history", "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).startsWith("messenger-cli: cannot write to stdout: ").hasLineCount(1);
    }

    @Test
    void aPasswordTypedAtATerminalIsAskedForAndNotShownWhenStdoutIsRedirected() throws Exception {
        assumeTrue(TerminalRun.available(), "no util-linux script here to run a pseudo-terminal");
        CliProcess yan = SERVER.cli("yan");
        Path log = SERVER.work().resolve("yan").resolve("log.txt");

        try (TerminalRun register = yan.startAtTerminal(log, "register", "yan")) {
            register.awaitShown("Password: ", LINE_TIMEOUT);
            register.type(SharedServer.PASSWORD + "\r");
            register.awaitShown("Repeat password: ", LINE_TIMEOUT);
            register.type(SharedServer.PASSWORD + "\r");
            assertThat(register.awaitExit(LINE_TIMEOUT)).as(register.shown()).isZero();
            assertThat(register.shown()).doesNotContain(SharedServer.PASSWORD);
        }
        try (TerminalRun login = yan.startAtTerminal(log, "login", "yan")) {
            login.awaitShown("Password: ", LINE_TIMEOUT);
            login.type(SharedServer.PASSWORD + "\r");
            assertThat(login.awaitExit(LINE_TIMEOUT)).as(login.shown()).isZero();
            assertThat(login.shown()).doesNotContain(SharedServer.PASSWORD);
        }
        assertThat(log).isEmptyFile();
        assertOk(yan.run("send", "signed in at a terminal"));
    }

    private static FileInfo uploadDirectly(String user, String name, byte[] bytes) throws IOException {
        Path source = Files.write(folder(user + "-upload").resolve("source.bin"), bytes);
        try (MessengerClient client = SERVER.server().connect()) {
            client.login(user, SharedServer.PASSWORD, "test");
            return client.upload(source, name, TransferListener.NONE);
        }
    }

    private static JsonObject json(String line) {
        return JsonParser.parseString(line).getAsJsonObject();
    }

    private static Path folder(String name) throws IOException {
        return Files.createDirectories(SERVER.work().resolve(name));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
