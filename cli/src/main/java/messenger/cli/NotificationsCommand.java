package messenger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code notifications CONVERSATION all|mentions|none}: which messages of a conversation notify the user. */
@Command(name = "notifications",
        description = {"Choose which messages of a conversation notify you, on every device: all, only those that "
                + "mention you, or none. Default: all in a direct conversation, mentions in a room."})
final class NotificationsCommand implements Callable<Integer> {

    /** The protocol's levels, spelled as it spells them. */
    enum Level { all, mentions, none }

    @ParentCommand
    private MessengerCli cli;

    @Parameters(index = "0", paramLabel = "ROOM|@LOGIN|#ID", description = "the conversation")
    private String conversation;

    @Parameters(index = "1", paramLabel = "all|mentions|none", description = "the level")
    private Level level;

    @Override
    public Integer call() throws Exception {
        Target target = Target.parse(conversation, "CONVERSATION");
        String me = cli.login();
        cli.retrying(client -> {
            client.setNotifications(new Resolver(client, me).conversation(target).id(), level.name());
            return null;
        });
        return ExitCodes.OK;
    }
}
