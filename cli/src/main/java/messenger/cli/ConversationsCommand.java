package messenger.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Conversation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code conversations [--unread] [--json]} (alias {@code ls}): the user's conversations, latest activity first. */
@Command(name = "conversations", aliases = "ls",
        description = {"List your rooms and direct conversations, the one with the latest activity first: id, name "
                + "(@LOGIN for a direct one), unread messages, last activity, and for a room its visibility, "
                + "members, your role if owner or admin, and topic.",
                "The name or #ID is what --to takes. Listing changes nothing (see history --mark-read)."})
final class ConversationsCommand implements Callable<Integer> {

    /** Latest activity first; ties (and times that do not parse) by id, newest first. */
    static final Comparator<Conversation> LATEST_FIRST = Comparator
            .comparing((Conversation c) -> instant(c.lastActivity()), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Conversation::id, Comparator.reverseOrder());

    @ParentCommand
    private MessengerCli cli;

    @Option(names = "--unread", description = "only conversations with unread messages")
    private boolean unreadOnly;

    @Option(names = "--json", description = "one protocol conversation object (JSON) per line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        List<Conversation> all = cli.retrying(client -> Resolver.list(client).conversations());
        List<Conversation> shown = all.stream().filter(c -> !unreadOnly || c.unread() > 0).sorted(LATEST_FIRST)
                .toList();
        new ConversationPrinter(cli.environment().out(), json, ZoneId.systemDefault()).conversations(shown);
        return ExitCodes.OK;
    }

    private static Instant instant(String at) {
        try {
            return at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
