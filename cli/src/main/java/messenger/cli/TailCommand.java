package messenger.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ReconnectPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tail [--to ROOM|@LOGIN|#ID | --all] [--live] [--json] [--after ID]}: follows the chat until SIGINT or SIGTERM,
 * or until the reader of its stdout goes away, then exits 0.
 */
@Command(name = "tail",
        description = {"Follow the chat: print the last 10 messages (or every one after --after), then each new "
                + "message as it arrives, once and in order.",
                "Without --to or --all it follows general, as before conversations existed.",
                "With --to or --all, changes (joins, leaves, renames, topics, edits, deletions, reactions) are lines "
                        + "too, starting with '*' after the time (not with --json, whose lines are messages only); "
                        + "--to general follows general that way.",
                "Reconnects by itself when the connection drops and fills the gap. Runs until SIGINT or SIGTERM, "
                        + "or until the reader of its stdout goes away (exit 0); the end of stdin does not stop it."})
final class TailCommand implements Callable<Integer> {

    private static final int RECENT = 10;
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(20);
    /** After this long without news a sync proves that the connection and the sign-in still work. */
    private static final Duration QUIET_CHECK = Duration.ofSeconds(30);
    private static final ChatSession.Options SESSION = ChatSession.Options.defaults()
            .withPolicy(new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30)))
            .withFirstPage(RECENT)
            .withHeartbeat(QUIET_CHECK);

    @ParentCommand
    private MessengerCli cli;

    @Option(names = "--to", paramLabel = "ROOM|@LOGIN|#ID",
            description = "follow this conversation: a room of yours by name (any case), the direct conversation "
                    + "with a user (@LOGIN), or a conversation id (#ID); leaving it or being removed ends the tail "
                    + "with exit 8")
    private String to;

    @Option(names = "--all", description = "follow every conversation you are in (and those you join meanwhile), "
            + "each line showing the conversation's name in [brackets] after the time; only new messages, "
            + "unless --after")
    private boolean all;

    @Option(names = "--json", description = "one protocol message object (JSON) per line")
    private boolean json;

    @Option(names = "--live", description = "with --to or --all: also a line whenever someone starts typing there, "
            + "or comes, goes idle or leaves (presence)")
    private boolean live;

    @Option(names = "--after", paramLabel = "ID",
            description = "print every message with a larger id first, instead of the last 10")
    private Long after;

    @Override
    public Integer call() throws Exception {
        if (after != null && after < 0) {
            throw new CliException(ExitCodes.USAGE, "--after must be a message id, at least 0");
        }
        if (to != null && all) {
            throw new CliException(ExitCodes.USAGE, "give either --to or --all, not both");
        }
        if (live && to == null && !all) {
            throw new CliException(ExitCodes.USAGE, "--live needs --to or --all");
        }
        Target target = to == null ? null : Target.parse(to, "--to");
        Config config = cli.configFile().load();
        Environment environment = cli.environment();
        Endpoint server = cli.endpoint(config);
        Connector.tokenFor(server, config);
        MessagePrinter printer = new MessagePrinter(environment.out(), json, ZoneId.systemDefault());
        Start start = target == null && !all ? new Start(after, Followed.everything(config.login()), SESSION)
                : prepare(server, config, target, printer);
        TailFeed feed = new TailFeed(server, config.login(), printer, environment.out(), start.followed(),
                environment.err(), live);
        Throwable failure;
        try (ConversationLookup lookup = new ConversationLookup(server, config, REPLY_TIMEOUT);
             ChatSession session = new ChatSession(Connector.dialer(server, config, REPLY_TIMEOUT), feed,
                     start.options(), "tail")) {
            if (all) {
                feed.lookUpWith(lookup::conversation);
            }
            ShutdownSignals.onInterruptOrTerminate(feed::stop);
            session.start(start.after());
            failure = feed.awaitEnd();
        }
        if (failure instanceof Exception exception) {
            throw exception;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return ExitCodes.OK;
    }

    /** Where the session starts, what it shows, and how it is set up. */
    private record Start(Long after, Followed followed, ChatSession.Options options) {
    }

    /**
     * Following one conversation or all: reads the user's conversations (their names, and the cursor that every
     * change after the listing is above), finds the one of {@code --to} and prints its last messages; the session
     * then starts after both, so that nothing is missed or printed twice.
     */
    private Start prepare(Endpoint server, Config config, Target target, MessagePrinter printer) {
        try (MessengerClient client = Connector.openSignedIn(server, config)) {
            Resolver.Listing listing = Resolver.list(client);
            Followed followed;
            long from = listing.cursor();
            if (target == null) {
                followed = Followed.all(listing.conversations(), config.login());
            } else {
                Conversation conversation = new Resolver(client, config.login())
                        .conversation(target, listing.conversations());
                followed = Followed.one(conversation, config.login());
                if (after == null) {
                    List<Message> recent = client.history(conversation.id(), null, RECENT).messages();
                    recent.forEach(printer::print);
                    from = Math.max(from, recent.isEmpty() ? 0 : recent.get(recent.size() - 1).id());
                }
            }
            return new Start(after != null ? after : from, followed, SESSION.withAllConversations());
        }
    }
}
