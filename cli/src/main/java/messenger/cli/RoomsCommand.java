package messenger.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.PublicRoom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rooms [--prefix P] [--limit N] [--json]}: the public rooms, oldest first. */
@Command(name = "rooms",
        description = {"List the public rooms (oldest first): id, name, members, whether you joined, topic.",
                "Join one with room join NAME; private rooms are not listed (they need an invitation)."})
final class RoomsCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Option(names = "--prefix", paramLabel = "TEXT", description = "only rooms whose name starts with TEXT (any case)")
    private String prefix;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "at most this many (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--json", description = "one protocol room object (JSON) per line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new CliException(ExitCodes.USAGE, "--limit must be at least 1");
        }
        List<PublicRoom> rooms = cli.retrying(client -> Resolver.browse(client, prefix, limit));
        new ConversationPrinter(cli.environment().out(), json, ZoneId.systemDefault()).rooms(rooms);
        return ExitCodes.OK;
    }
}
