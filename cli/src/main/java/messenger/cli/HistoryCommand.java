package messenger.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code history [--to ROOM|@LOGIN|#ID] [--before ID] [--limit N] [--mark-read] [--json]}: prints the newest
 * messages of a conversation, oldest first, page by page ({@link HistoryPages}), so that any --limit fits in memory.
 */
@Command(name = "history",
        description = {"Print the newest messages (or those before --before), oldest first, one per line.",
                "Without --to they are general's, as before conversations existed.",
                "Reading does not change your unread count unless you add --mark-read."})
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Option(names = "--to", paramLabel = "ROOM|@LOGIN|#ID",
            description = "which conversation: a room of yours by name (any case), the direct conversation with a "
                    + "user (@LOGIN), or a conversation id (#ID) (default: general)")
    private String to;

    @Option(names = "--before", paramLabel = "ID", description = "only messages with a smaller id (to page back)")
    private Long before;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "how many (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--mark-read",
            description = "afterwards, mark the conversation read up to the newest message printed")
    private boolean markRead;

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
        Target target = to == null ? null : Target.parse(to, "--to");
        String me = target == null ? null : cli.login();
        Output out = cli.environment().out();
        MessagePrinter printer = new MessagePrinter(out, json, ZoneId.systemDefault());
        try (MessengerClient client = cli.openSignedIn()) {
            HistoryPages.Source source;
            if (target == null) {
                source = client::history;
            } else {
                long conversation = new Resolver(client, me).conversation(target).id();
                source = (olderThan, count) -> client.history(conversation, olderThan, count);
            }
            HistoryPages pages = HistoryPages.walkBack(source, before, limit);
            if (markRead && pages.newest() != null && pages.newest().conversation() == null) {
                throw new CliException(ExitCodes.FAILURE, "this server has no read markers (it predates conversations)");
            }
            Message newestPrinted = pages.forEachPage(page -> print(page, printer, out));
            if (markRead && newestPrinted != null) {
                client.markRead(newestPrinted.conversation(), newestPrinted.id());
            }
        }
        return ExitCodes.OK;
    }

    /** Prints a page; false once the reader of stdout has gone away, which ends the command quietly. */
    private static boolean print(List<Message> page, MessagePrinter printer, Output out) {
        page.forEach(printer::print);
        return out.goOn();
    }
}
