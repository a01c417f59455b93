package messenger.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Json;
import messenger.protocol.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code versions ID [--json]}: the earlier texts of an edited message, oldest first. */
@Command(name = "versions",
        description = {"Print the earlier texts of an edited message, oldest first, each after the time it was "
                + "replaced; nothing for a message never edited (or deleted)."})
final class VersionsCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Parameters(paramLabel = "ID", description = "the message's id")
    private long message;

    @Option(names = "--json", description = "one protocol version object ({\"id\", \"text\", \"at\"}) per line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        MessageRequest.id(message);
        List<Results.Version> versions = cli.retrying(client -> MessageRequest.about(message, "read",
                () -> client.versions(message)));
        ZoneId zone = ZoneId.systemDefault();
        versions.forEach(version -> cli.environment().out().println(json ? Json.GSON.toJson(version)
                : MessagePrinter.localTime(version.at(), zone) + " " + MessagePrinter.printable(version.text())));
        return ExitCodes.OK;
    }
}
