package messenger.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Json;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code search WORDS… [--to ROOM|@LOGIN|#ID] [--from LOGIN] [--since TIME] [--until TIME] [--relevance]
 * [--limit N] [--json]}: the messages of the user's conversations that match, newest (or most relevant) first.
 */
@Command(name = "search",
        description = {"Print the messages you may read that contain every word, newest first, one per line:",
                "#id, time, conversation, sender and the matching part. A word of three or more letters also",
                "finds longer ones it starts (deplo: deployment); \"quoted words\" must occur as written."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "what to look for")
    private List<String> words;

    @Option(names = "--to", paramLabel = "ROOM|@LOGIN|#ID",
            description = "only in this conversation: a room of yours by name, @LOGIN or #ID (default: all of yours)")
    private String to;

    @Option(names = "--from", paramLabel = "LOGIN", description = "only messages this user sent")
    private String from;

    @Option(names = "--since", paramLabel = "TIME", description = "only messages sent at or after, e.g. 2026-12-01T00:00:00Z")
    private String since;

    @Option(names = "--until", paramLabel = "TIME", description = "only messages sent before")
    private String until;

    @Option(names = "--relevance", description = "most relevant first instead of newest first")
    private boolean relevance;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "how many at most (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--json", description = "one search hit object (JSON, see docs/protocol.md) per line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new CliException(ExitCodes.USAGE, "--limit must be at least 1");
        }
        Target target = to == null ? null : Target.parse(to, "--to");
        String sender = from == null ? null : Target.login(from, "--from");
        String order = relevance ? Requests.Search.RELEVANCE : Requests.Search.NEWEST;
        String query = String.join(" ", words);
        Output out = cli.environment().out();
        ZoneId zone = ZoneId.systemDefault();
        try (MessengerClient client = cli.openSignedIn()) {
            Long conversation = target == null ? null : new Resolver(client, cli.login()).conversation(target).id();
            String after = null;
            int printed = 0;
            // each page printed as it comes: one page in memory, whatever the limit, and what came is kept on
            // stdout should a later page fail
            do {
                Results.SearchPage page = client.search(new Requests.Search(query, conversation, sender, since, until,
                        order, Math.min(Requests.Search.MAX_LIMIT, limit - printed), after));
                print(page.hits(), out, zone);
                printed += page.hits().size();
                after = page.next();
            } while (after != null && printed < limit && out.goOn());
        }
        return ExitCodes.OK;
    }

    private void print(List<Results.SearchHit> hits, PrintWriter out, ZoneId zone) {
        for (Results.SearchHit hit : hits) {
            out.println(json ? Json.GSON.toJson(hit) : "#" + hit.id() + "  " + MessagePrinter.localTime(hit.at(), zone)
                    + "  #" + hit.conversation() + "  " + MessagePrinter.printable(String.valueOf(hit.from())) + ": "
                    + (Results.SearchHit.IN_FILE.equals(hit.in()) ? "file " : "")
                    + MessagePrinter.printable(hit.snippet()));
        }
    }
}
