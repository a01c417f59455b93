package messenger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code room create|join|invite|leave|members}: the commands that act on one room. */
@Command(name = "room",
        description = "Create, join or leave a room, invite users to it, list its members. A room is named by "
                + "its name (any case) or #ID, as conversations shows them.",
        subcommands = {RoomCreateCommand.class, RoomJoinCommand.class, RoomInviteCommand.class,
                RoomLeaveCommand.class, RoomMembersCommand.class})
final class RoomCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "no room command given (create, join, invite, leave, members)");
    }

    MessengerCli cli() {
        return cli;
    }
}
