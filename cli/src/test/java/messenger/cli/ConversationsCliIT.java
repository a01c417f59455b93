package messenger.cli;

import static messenger.cli.CliProcess.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import messenger.protocol.Conversation;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The conversation commands of the packaged messenger-cli jar against the packaged server, as a user runs them. */
class ConversationsCliIT {

    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static final SharedServer SERVER = new SharedServer();

    @Test
    void roomsAreCreatedBrowsedJoinedInvitedListedAndLeft() throws Exception {
        CliProcess alice = SERVER.signedIn("ann");
        CliProcess bob = SERVER.signedIn("ben");
        CliProcess carol = SERVER.signedIn("cat");

        String created = assertOk(alice.run("room", "create", "design", "--topic", "the new logo")).out();
        assertThat(created).matches("#\\d+  design  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  "
                + "public room, 1 member, owner — the new logo\\R");
        long design = idOf(created);
        JsonObject secret = json(assertOk(alice.run("room", "create", "secret", "--private", "--json")).out());
        assertThat(secret.get("visibility").getAsString()).isEqualTo("private");
        assertThat(secret.get("role").getAsString()).isEqualTo("owner");

        List<String> rooms = assertOk(bob.run("rooms")).outLines();
        assertThat(rooms).anyMatch(line -> line.matches("#" + design + " +design +1 member +— the new logo"))
                .noneMatch(line -> line.contains("secret"));
        JsonObject browsed = json(assertOk(bob.run("rooms", "--prefix", "DESI", "--json")).out());
        assertThat(browsed.get("id").getAsLong()).isEqualTo(design);
        assertThat(browsed.get("joined").getAsBoolean()).isFalse();

        assertThat(assertOk(bob.run("room", "join", "DESIGN")).out()).startsWith("#" + design + "  design  ")
                .contains("public room, 2 members — the new logo");
        assertThat(assertOk(alice.run("room", "invite", "secret", "ben", "@cat")).out()).isEmpty();

        List<String> bobs = assertOk(bob.run("conversations")).outLines();
        assertThat(bobs).hasSize(3).anyMatch(line -> line.contains(" general "))
                .anyMatch(line -> line.contains(" design ")).anyMatch(line -> line.contains(" secret "));
        assertThat(assertOk(bob.run("ls", "--json")).outLines()).hasSize(3)
                .allSatisfy(line -> assertThat(json(line).get("kind").getAsString()).isEqualTo("room"));
        assertThat(assertOk(alice.run("room", "members", "secret")).outLines())
                .containsExactly("ann  owner", "ben  member", "cat  member");

        assertOk(carol.run("room", "leave", "Secret"));
        CliProcess.Result leftAgain = carol.run("room", "leave", "secret");
        assertThat(leftAgain.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(leftAgain.err()).isEqualTo("messenger-cli: no room named 'secret' among yours: general"
                + System.lineSeparator());

        assertOk(bob.run("room", "leave", "design"));
        CliProcess.Result notAMember = bob.run("room", "leave", "design");
        assertThat(notAMember.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(notAMember.err()).startsWith("messenger-cli: you are not a member of the room 'design' (#" + design
                + "); 'messenger-cli room join design' joins it").hasLineCount(1);
        assertThat(notAMember.out()).isEmpty();

        CliProcess.Result general = bob.run("room", "leave", "general");
        assertThat(general.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(general.err()).startsWith("messenger-cli: ").hasLineCount(1);
    }

    @Test
    void directMessagesAndRoomMessagesAreSentReadAndMarkedRead() throws Exception {
        CliProcess dora = SERVER.signedIn("dora");
        CliProcess eve = SERVER.signedIn("eve");

        String opened = assertOk(dora.run("dm", "eve")).out();
        assertThat(opened).matches("#\\d+  @eve  \\S+ \\S+  direct\\R");
        assertThat(json(assertOk(dora.run("dm", "@eve", "--json")).out()).get("id").getAsLong())
                .isEqualTo(idOf(opened));

        long direct = idOf(opened);
        long sent = Long.parseLong(assertOk(dora.run("send", "--to", "@eve", "hello eve")).out().strip());
        assertThat(assertOk(eve.run("ls")).outLines())
                .anyMatch(line -> line.matches("#" + direct + " +@dora +1 unread +\\S+ \\S+ +direct"));
        assertThat(unread(eve, direct)).isEqualTo(1);
        assertThat(assertOk(eve.run("history", "--to", "@dora")).outLines()).singleElement().asString()
                .endsWith(" dora: hello eve");
        assertThat(unread(eve, direct)).as("history alone marks nothing read").isEqualTo(1);
        JsonObject read = json(assertOk(eve.run("history", "--to", "@dora", "--mark-read", "--json")).out());
        assertThat(read.get("id").getAsLong()).isEqualTo(sent);
        assertThat(read.get("conversation").getAsLong()).isEqualTo(direct);
        assertThat(unread(eve, direct)).isZero();

        Path notes = Files.writeString(SERVER.work().resolve("dora").resolve("notes.txt"), "for eve only");
        assertOk(dora.run("send", "--to", "@eve", "--file", notes.toString(), "--text", "my notes"));
        JsonObject withFile = json(assertOk(eve.run("history", "--to", "@dora", "--limit", "1", "--json")).out());
        assertThat(withFile.get("text").getAsString()).isEqualTo("my notes");
        String fileId = withFile.getAsJsonObject("file").get("id").getAsString();
        assertThat(assertOk(eve.run("download", fileId)).out().strip()).isEqualTo("notes.txt");
        assertThat(SERVER.work().resolve("eve").resolve("notes.txt")).hasContent("for eve only");

        long plan = idOf(assertOk(dora.run("room", "create", "Release Plan")).out());
        assertOk(dora.run("send", "--to", "release plan", "first step"));
        assertOk(dora.run("send", "--to", "#" + plan, "second step"));
        assertOk(dora.run("send", "in general"));
        assertThat(assertOk(dora.run("history", "--to", "Release Plan")).outLines())
                .satisfiesExactly(line -> assertThat(line).endsWith(" dora: first step"),
                        line -> assertThat(line).endsWith(" dora: second step"));
        assertThat(assertOk(dora.run("history", "--limit", "100")).outLines())
                .anyMatch(line -> line.endsWith(" dora: in general"))
                .noneMatch(line -> line.contains("step") || line.contains("hello eve"));
    }

    @Test
    void tailFollowsOneConversationOrAllOfThem() throws Exception {
        CliProcess fay = SERVER.signedIn("fay");
        SERVER.signedIn("gus");
        long ops = idOf(assertOk(fay.run("room", "create", "ops")).out());
        try (MessengerClient gus = SERVER.server().connect()) {
            gus.login("gus", SharedServer.PASSWORD, "test");
            gus.joinRoom(ops);
            gus.send(ops, "before", "before the tail", null);

            try (CliProcess.Running tail = fay.start("tail", "--to", "ops")) {
                tail.closeStdin();
                assertThat(tail.nextLine(LINE_TIMEOUT)).as("the last messages, changes not among them")
                        .endsWith(" gus: before the tail");
                gus.send("general-1", "not in ops", null);
                gus.send(ops, "live", "live in ops", null);
                assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith(" gus: live in ops");
                assertThat(tail.terminate()).isZero();
            }

            long direct = gus.openDirect("fay").id();
            long toEveryone = gus.send("general-2", "to everyone", null).id();
            try (CliProcess.Running all = fay.start("tail", "--all", "--after", Long.toString(toEveryone - 1))) {
                all.closeStdin();
                assertThat(all.nextLine(LINE_TIMEOUT)).endsWith(" [general] gus: to everyone");
                gus.send(direct, "dm-1", "just you", null);
                assertThat(all.nextLine(LINE_TIMEOUT)).endsWith(" [@gus] gus: just you");
                Conversation later = gus.createRoom("later", null, Conversation.PUBLIC);
                gus.invite(later.id(), "fay");
                assertThat(all.nextLine(LINE_TIMEOUT)).endsWith(" [later] * fay was added by gus");
                gus.send(later.id(), "later-1", "in a room made after the start", null);
                assertThat(all.nextLine(LINE_TIMEOUT)).endsWith(" [later] gus: in a room made after the start");
                assertThat(all.terminate()).isZero();
            }

            try (CliProcess.Running json = fay.start("tail", "--to", "@gus", "--json")) {
                json.closeStdin();
                assertThat(json(json.nextLine(LINE_TIMEOUT)).get("text").getAsString()).isEqualTo("just you");
                gus.send(direct, "dm-2", "again", null);
                JsonObject live = json(json.nextLine(LINE_TIMEOUT));
                assertThat(live.get("conversation").getAsLong()).isEqualTo(direct);
                assertThat(live.get("text").getAsString()).isEqualTo("again");
                assertThat(json.terminate()).isZero();
            }
        }
    }

    @Test
    void tailOfARoomEndsWithExitEightWhenTheUserLeavesIt() throws Exception {
        CliProcess hal = SERVER.signedIn("hal");
        assertOk(hal.run("room", "create", "brief"));
        assertOk(hal.run("send", "--to", "brief", "leaving soon"));
        try (CliProcess.Running tail = hal.start("tail", "--to", "brief")) {
            tail.closeStdin();
            assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith(" hal: leaving soon");
            assertOk(hal.run("room", "leave", "brief"));
            assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith(" * hal left");
            assertThat(tail.awaitExit(LINE_TIMEOUT)).isEqualTo(ExitCodes.FORBIDDEN);
            assertThat(tail.nextErrorLine(LINE_TIMEOUT))
                    .isEqualTo("messenger-cli: you are no longer a member of brief");
        }
    }

    @Test
    void wrongTargetsAreExplainedWithTheirExitCodes() throws Exception {
        CliProcess ida = SERVER.signedIn("ida");
        CliProcess jon = SERVER.signedIn("jon");
        long hidden = idOf(assertOk(ida.run("room", "create", "hidden", "--private")).out());
        assertOk(ida.run("room", "create", "open"));

        CliProcess.Result unknown = ida.run("send", "--to", "nowhere", "hi");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("messenger-cli: no room named 'nowhere' among yours: general, hidden, open"
                + System.lineSeparator());
        assertThat(unknown.out()).isEmpty();

        // of a private room an outsider learns nothing, not even that it exists
        assertNotFound(jon.run("send", "--to", "#" + hidden, "let me in"));
        assertNotFound(jon.run("history", "--to", "#" + hidden));
        assertNotFound(jon.run("room", "join", "#" + hidden));
        assertNotFound(jon.run("room", "invite", "#" + hidden, "jon"));
        assertForbidden(jon.run("send", "--to", "open", "not joined yet"));
        assertThat(jon.run("history", "--to", "hidden").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(jon.run("room", "join", "hidden").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);

        CliProcess.Result noUser = ida.run("dm", "nobody-here");
        assertThat(noUser.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(noUser.err()).isEqualTo("messenger-cli: no user named nobody-here" + System.lineSeparator());
        CliProcess.Result noInvitee = ida.run("room", "invite", "open", "jon", "nobody-here");
        assertThat(noInvitee.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(noInvitee.err()).isEqualTo("messenger-cli: no user named nobody-here (added before: jon)"
                + System.lineSeparator());
        try (MessengerClient client = SERVER.server().connect()) {
            client.login("ida", SharedServer.PASSWORD, "test");
            long first = client.createRoom("twin", null, Conversation.PUBLIC).id();
            long second = client.createRoom("twin", null, Conversation.PRIVATE).id();
            CliProcess.Result ambiguous = ida.run("send", "--to", "TWIN", "which one?");
            assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(ambiguous.err()).isEqualTo("messenger-cli: 2 rooms are named 'TWIN': #" + first
                    + " (public, 1 member), #" + second + " (private, 1 member); give the one you mean as #ID"
                    + System.lineSeparator());
            assertOk(ida.run("send", "--to", "#" + second, "this one"));
        }
        assertThat(ida.run("dm", "@ida").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ida.run("room", "leave", "@jon").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void searchFindsWhatTheUserMayReadAndNothingElse() throws Exception {
        CliProcess rue = SERVER.signedIn("rue");
        CliProcess sol = SERVER.signedIn("sol");
        long vault = json(assertOk(rue.run("room", "create", "vault", "--private", "--json")).out()).get("id")
                .getAsLong();
        String word = "quokka" + (10_000 + System.nanoTime() % 90_000);
        long secret = Long.parseLong(assertOk(rue.run("send", "--to", "vault", "the " + word + " plan")).out().strip());
        long open = Long.parseLong(assertOk(rue.run("send", "a " + word + " for everyone")).out().strip());

        List<String> found = awaitLines(rue, 2, "search", word.substring(0, 8));
        assertThat(found.get(0)).matches("#" + open + "  \\S+ \\S+  #\\d+  rue: a " + word + " for everyone");
        assertThat(found.get(1)).contains("  #" + vault + "  ");
        assertThat(found.get(1)).startsWith("#" + secret + " ").endsWith("  rue: the " + word + " plan");
        assertThat(assertOk(rue.run("search", word, "--to", "vault", "--json")).outLines()).singleElement()
                .satisfies(line -> assertThat(json(line).get("id").getAsLong()).isEqualTo(secret));
        assertThat(assertOk(rue.run("search", word, "--limit", "1")).outLines()).hasSize(1);
        assertThat(assertOk(rue.run("search", word, "--from", "sol")).outLines()).isEmpty();

        assertThat(assertOk(sol.run("search", word)).outLines()).as("sol is not in the vault").singleElement()
                .asString().startsWith("#" + open + " ");
        assertNotFound(sol.run("search", word, "--to", "#" + vault));
        CliProcess.Result badTime = sol.run("search", word, "--since", "yesterday");
        assertThat(badTime.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badTime.err()).contains("since");
    }

    @Test
    void searchPrintsEachPageBeforeAskingForTheNextOne() throws Exception {
        SERVER.signedIn("tom");
        String word = "wombat" + (10_000 + System.nanoTime() % 90_000);
        try (MessengerClient client = SERVER.server().connect()) {
            client.login("tom", SharedServer.PASSWORD, "test");
            // 55: more than a page (50), within the burst the server's rate limit allows one user
            for (int i = 0; i < 55; i++) {
                client.send("search-" + i, word + " number " + i, null);
            }
        }
        Path home = SERVER.work().resolve("tom");
        try (TcpRelay relay = new TcpRelay(SERVER.server().port())) {
            CliProcess tom = new CliProcess(home.resolve("config"), relay.address(), home);
            assertOk(tom.runWithInput(SharedServer.PASSWORD + "\n", "login", "tom"));
            awaitLines(tom, 55, "search", word, "--limit", "100");

            // a reader that breaks the connection as soon as a line reaches it: only the lines printed before the
            // next page was asked for get through
            List<String> lines = new ArrayList<>();
            Writer cutAtTheFirstLine = new Writer() {
                private final StringBuilder line = new StringBuilder();

                @Override
                public void write(char[] chars, int offset, int length) {
                    for (int i = offset; i < offset + length; i++) {
                        if (chars[i] == '\n') {
                            lines.add(line.toString());
                            line.setLength(0);
                            relay.cut();
                        } else {
                            line.append(chars[i]);
                        }
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            StringWriter err = new StringWriter();
            Environment environment = new Environment(Map.of(MessengerCli.SERVER_VARIABLE, relay.address(),
                    ConfigDirectory.VARIABLE, home.resolve("config").toString()), InputStream.nullInputStream(),
                    new Output(cutAtTheFirstLine, false), new PrintWriter(err, true), null, false);

            int exitCode = MessengerCli.commandLine(environment).execute("search", word, "--limit", "100");

            assertThat(exitCode).as(err.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(lines).as("the first page, kept though the second failed").hasSize(50)
                    .allSatisfy(line -> assertThat(line).contains("tom: " + word + " number "));
        }
    }

    @Test
    void historyPrintsPageAfterPageOldestFirstWithNothingMissedOrTwice() throws Exception {
        List<String> senders = List.of("uma", "vic", "wes", "xan");
        CliProcess uma = SERVER.signedIn("uma");
        for (String other : senders.subList(1, senders.size())) {
            SERVER.signedIn(other);
        }
        List<Long> sent = new ArrayList<>();
        List<MessengerClient> clients = new ArrayList<>();
        try {
            for (String sender : senders) {
                MessengerClient client = SERVER.server().connect();
                clients.add(client);
                client.login(sender, SharedServer.PASSWORD, "test");
            }
            long room = clients.get(0).createRoom("pages", null, Conversation.PUBLIC).id();
            clients.subList(1, clients.size()).forEach(client -> client.joinRoom(room));
            // 55 each: within the burst the server's rate limit allows one user
            for (int i = 0; i < 55; i++) {
                for (MessengerClient client : clients) {
                    sent.add(client.send(room, "page-" + sent.size(), "line " + sent.size(), null).id());
                }
            }
        } finally {
            clients.forEach(MessengerClient::close);
        }

        assertThat(ids(assertOk(uma.run("history", "--to", "pages", "--limit", "210", "--json"))))
                .containsExactlyElementsOf(sent.subList(10, 220));
        assertThat(ids(assertOk(uma.run("history", "--to", "pages", "--before", Long.toString(sent.get(200)),
                "--limit", "150", "--json")))).containsExactlyElementsOf(sent.subList(50, 200));
        List<String> all = assertOk(uma.run("history", "--to", "pages", "--limit", "5000000")).outLines();
        assertThat(all).hasSize(220);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i)).endsWith(" " + senders.get(i % senders.size()) + ": line " + i);
        }
    }

    private static List<Long> ids(CliProcess.Result history) {
        return history.outLines().stream().map(line -> json(line).get("id").getAsLong()).toList();
    }

    /** The output lines of a command once it prints {@code count} of them: the search index follows within a second. */
    private static List<String> awaitLines(CliProcess user, int count, String... arguments) throws Exception {
        long deadline = System.nanoTime() + LINE_TIMEOUT.toNanos();
        while (true) {
            List<String> lines = assertOk(user.run(arguments)).outLines();
            if (lines.size() >= count || System.nanoTime() > deadline) {
                return lines;
            }
            Thread.sleep(200);
        }
    }

    /** The unread count {@code ls --unread --json} gives for a conversation; 0 when it does not list it. */
    private static int unread(CliProcess user, long conversation) throws Exception {
        return assertOk(user.run("ls", "--unread", "--json")).outLines().stream().map(ConversationsCliIT::json)
                .filter(c -> c.get("id").getAsLong() == conversation).mapToInt(c -> c.get("unread").getAsInt())
                .findFirst().orElse(0);
    }

    private static void assertNotFound(CliProcess.Result result) {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    private static void assertForbidden(CliProcess.Result result) {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(result.err()).startsWith("messenger-cli: ").hasLineCount(1);
        assertThat(result.out()).isEmpty();
    }

    /** The id at the start of a conversation line ({@code #12  design  …}). */
    private static long idOf(String line) {
        return Long.parseLong(line.substring(1, line.indexOf(' ')));
    }

    private static JsonObject json(String line) {
        return JsonParser.parseString(line.strip()).getAsJsonObject();
    }
}
