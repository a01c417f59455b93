package messenger.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Message;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code history [--before ID] [--limit N] [--json]}: prints the newest messages, oldest first. */
@Command(name = "history",
        description = "Print the newest messages (or those before --before), oldest first, one per line.")
final class HistoryCommand implements Callable<Integer> {

    private static final int MAX_PAGE = 100;

    @ParentCommand
    private MessengerCli cli;

    @Option(names = "--before", paramLabel = "ID", description = "only messages with a smaller id (to page back)")
    private Long before;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "how many (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--json", description = "one protocol message object (JSON) per line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new CliException(ExitCodes.USAGE, "--limit must be at least 1");
        }
        if (before != null && before < 1) {
            throw new CliException(ExitCodes.USAGE, "--before must be a message id, at least 1");
        }
        List<Message> messages;
        try (MessengerClient client = cli.openSignedIn()) {
            messages = newest(client);
        }
        MessagePrinter printer = new MessagePrinter(cli.environment().out(), json, ZoneId.systemDefault());
        messages.forEach(printer::print);
        return ExitCodes.OK;
    }

    /**
     * Pages back until {@code limit} messages are in: the server returns at most 100 per reply, and fewer
     * when they would not fit in one frame.
     */
    private List<Message> newest(MessengerClient client) {
        List<Message> messages = new ArrayList<>();
        Long olderThan = before;
        while (messages.size() < limit) {
            Results.MessagePage page = client.history(olderThan, Math.min(MAX_PAGE, limit - messages.size()));
            messages.addAll(0, page.messages());
            if (!page.hasMore() || page.messages().isEmpty()) {
                break;
            }
            olderThan = page.messages().get(0).id();
        }
        return messages;
    }
}
