package messenger.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import messenger.protocol.client.ChatSession;
import messenger.protocol.client.ReconnectPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tail [--json] [--after ID]}: follows the chat until SIGINT or SIGTERM, then exits 0. */
@Command(name = "tail",
        description = {"Follow the chat: print the last 10 messages (or every one after --after), then each new "
                + "message as it arrives, once and in order.",
                "Reconnects by itself when the connection drops and fills the gap. Runs until SIGINT or SIGTERM "
                        + "(exit 0); the end of stdin does not stop it."})
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

    @Option(names = "--json", description = "one protocol message object (JSON) per line")
    private boolean json;

    @Option(names = "--after", paramLabel = "ID",
            description = "print every message with a larger id first, instead of the last 10")
    private Long after;

    @Override
    public Integer call() throws Exception {
        if (after != null && after < 0) {
            throw new CliException(ExitCodes.USAGE, "--after must be a message id, at least 0");
        }
        Config config = cli.configFile().load();
        Connector.requireToken(config);
        Environment environment = cli.environment();
        Endpoint server = cli.endpoint(config);
        TailFeed feed = new TailFeed(server, config.login(),
                new MessagePrinter(environment.out(), json, ZoneId.systemDefault()), environment.err());
        Throwable failure;
        try (ChatSession session = new ChatSession(Connector.dialer(server, config, REPLY_TIMEOUT), feed, SESSION,
                "tail")) {
            ShutdownSignals.onInterruptOrTerminate(feed::stop);
            session.start(after);
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
}
