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

/**
 * {@code history [--to ROOM|@LOGIN|#ID] [--before ID] [--limit N] [--mark-read] [--json]}: prints the newest
 * messages of a conversation, oldest first.
 */
@Command(name = "history",
        description = {"Print the newest messages (or those before --before), oldest first, one per line.",
                "Without --to they are general's, as before conversations existed.",
                "Reading does not change your unread count unless you add --mark-read."})
final class HistoryCommand implements Callable<Integer> {

    private static final int MAX_PAGE = 100;

    /** One page of a conversation's history: the newest {@code limit} messages with an id below {@code before}. */
    @FunctionalInterface
    private interface Pages {
        Results.MessagePage page(Long before, int limit);
    }

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
        List<Message> messages;
        try (MessengerClient client = cli.openSignedIn()) {
            if (target == null) {
                messages = newest(client::history);
            } else {
                long conversation = new Resolver(client, me).conversation(target).id();
                messages = newest((olderThan, count) -> client.history(conversation, olderThan, count));
            }
            if (markRead && !messages.isEmpty()) {
                markRead(client, messages.get(messages.size() - 1));
            }
        }
        MessagePrinter printer = new MessagePrinter(cli.environment().out(), json, ZoneId.systemDefault());
        messages.forEach(printer::print);
        return ExitCodes.OK;
    }

    /**
     * Pages back until {@code limit} messages are in: the server returns at most 100 per reply, and fewer
     * when they would not fit in one frame.
     */
    private List<Message> newest(Pages pages) {
        List<Message> messages = new ArrayList<>();
        Long olderThan = before;
        while (messages.size() < limit) {
            Results.MessagePage page = pages.page(olderThan, Math.min(MAX_PAGE, limit - messages.size()));
            messages.addAll(0, page.messages());
            if (!page.hasMore() || page.messages().isEmpty()) {
                break;
            }
            olderThan = page.messages().get(0).id();
        }
        return messages;
    }

    private static void markRead(MessengerClient client, Message newest) {
        if (newest.conversation() == null) {
            throw new CliException(ExitCodes.FAILURE, "this server has no read markers (it predates conversations)");
        }
        client.markRead(newest.conversation(), newest.id());
    }
}
