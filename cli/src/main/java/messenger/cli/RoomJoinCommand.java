package messenger.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Conversation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code room join ROOM [--json]}: joins a public room (by name among the public rooms, or #ID) and prints it. */
@Command(name = "join",
        description = {"Join a public room and print it as conversations does. Joining a room you are in "
                + "changes nothing.",
                "A private room cannot be joined (exit 8): a member must invite you."})
final class RoomJoinCommand implements Callable<Integer> {

    @ParentCommand
    private RoomCommand room;

    @Parameters(paramLabel = "ROOM", description = "the room's name (any case) as rooms lists it, or #ID")
    private String target;

    @Option(names = "--json", description = "the protocol conversation object (JSON) on one line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Target wanted = Target.parse(target, "ROOM");
        MessengerCli cli = room.cli();
        String me = cli.login();
        Conversation joined = cli.retrying(client -> client.joinRoom(new Resolver(client, me).publicRoom(wanted)));
        new ConversationPrinter(cli.environment().out(), json, ZoneId.systemDefault()).conversations(List.of(joined));
        return ExitCodes.OK;
    }
}
