package messenger.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import messenger.protocol.Json;
import messenger.protocol.Presence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code presence LOGIN… [--json]}: whether those users are online, away or offline, and when last seen. */
@Command(name = "presence",
        description = {"Print whether users are online, away (every device idle) or offline, with when they were "
                + "last seen, one per line in the order given.",
                "Users that do not exist are named on stderr afterwards (exit 4)."})
final class PresenceCommand implements Callable<Integer> {

    /** What one {@code presence} request may ask about. */
    private static final int MAX_LOGINS = 500;

    @ParentCommand
    private MessengerCli cli;

    @Parameters(arity = "1..*", paramLabel = "LOGIN", description = "users, with or without a leading @")
    private List<String> logins;

    @Option(names = "--json", description = "one protocol presence object per line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Set<String> asked = new LinkedHashSet<>();
        logins.forEach(login -> asked.add(Target.login(login, "LOGIN")));
        if (asked.size() > MAX_LOGINS) {
            throw new CliException(ExitCodes.USAGE, "at most " + MAX_LOGINS + " logins at once");
        }
        List<Presence> found = cli.retrying(client -> client.presence(List.copyOf(asked)));
        print(found);
        List<String> unknown = new ArrayList<>(asked);
        found.forEach(presence -> unknown.removeIf(login -> login.equalsIgnoreCase(presence.login())));
        if (!unknown.isEmpty()) {
            throw new CliException(ExitCodes.NOT_FOUND, "no user named " + String.join(", ", unknown));
        }
        return ExitCodes.OK;
    }

    private void print(List<Presence> found) {
        if (json) {
            found.forEach(presence -> cli.environment().out().println(Json.GSON.toJson(presence)));
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        Table.lines(found.stream().map(presence -> List.of(presence.login(), presence.status(),
                presence.lastSeen() == null ? "" : "last seen " + MessagePrinter.localTime(presence.lastSeen(), zone)))
                .toList()).forEach(cli.environment().out()::println);
    }
}
