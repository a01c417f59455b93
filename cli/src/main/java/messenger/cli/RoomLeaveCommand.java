package messenger.cli;

import java.util.concurrent.Callable;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code room leave ROOM}: leaves a room; prints nothing. Not retried after a dropped connection: a leave that was
 * done before the drop would be refused the second time.
 */
@Command(name = "leave",
        description = {"Leave a room. Its messages stay; you no longer get them. When the owner leaves, the "
                + "longest-standing admin (else member) becomes owner.",
                "general and direct conversations cannot be left (exit 2)."})
final class RoomLeaveCommand implements Callable<Integer> {

    @ParentCommand
    private RoomCommand room;

    @Parameters(paramLabel = "ROOM", description = "the room's name (any case) or #ID")
    private String target;

    @Override
    public Integer call() throws Exception {
        Target wanted = Target.parse(target, "ROOM");
        MessengerCli cli = room.cli();
        String me = cli.login();
        try (MessengerClient client = cli.openSignedIn()) {
            client.leave(new Resolver(client, me).room(wanted, "leave").id());
        }
        return ExitCodes.OK;
    }
}
