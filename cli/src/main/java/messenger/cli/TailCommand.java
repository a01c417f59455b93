package messenger.cli;

import java.time.ZoneId;
import java.util.concurrent.Callable;
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
        ChatFollower follower = new ChatFollower(cli.endpoint(config), config,
                new MessagePrinter(environment.out(), json, ZoneId.systemDefault()), environment.err());
        ShutdownSignals.onInterruptOrTerminate(follower::stop);
        return follower.run(after);
    }
}
