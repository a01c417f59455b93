package messenger.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Conversation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dm LOGIN [--json]}: opens (first time: creates) the direct conversation with a user and prints it. */
@Command(name = "dm",
        description = {"Open your direct conversation with a user, creating it the first time, and print it as "
                + "conversations does.",
                "Then write there with send --to @LOGIN, read it with history --to @LOGIN."})
final class DmCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Parameters(paramLabel = "LOGIN", description = "the other user, with or without a leading @")
    private String login;

    @Option(names = "--json", description = "the protocol conversation object (JSON) on one line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        String other = Target.login(login, "LOGIN");
        String me = cli.login();
        Conversation direct = cli.retrying(client -> new Resolver(client, me).direct(other));
        new ConversationPrinter(cli.environment().out(), json, ZoneId.systemDefault()).conversations(List.of(direct));
        return ExitCodes.OK;
    }
}
