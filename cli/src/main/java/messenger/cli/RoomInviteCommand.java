package messenger.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code room invite ROOM LOGIN...}: adds users to a room the user is in; prints nothing. */
@Command(name = "invite",
        description = {"Add users to a room you are in, public or private; adding a member changes nothing.",
                "Users are added in the order given; at the first that fails the command stops and says who "
                        + "was added before it."})
final class RoomInviteCommand implements Callable<Integer> {

    @ParentCommand
    private RoomCommand room;

    @Parameters(index = "0", paramLabel = "ROOM", description = "the room's name (any case) or #ID")
    private String target;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "LOGIN", description = "whom to add (a leading @ is fine)")
    private List<String> logins;

    @Override
    public Integer call() throws Exception {
        Target wanted = Target.parse(target, "ROOM");
        LinkedHashSet<String> users = new LinkedHashSet<>();
        for (String login : logins) {
            users.add(Target.login(login, "LOGIN"));
        }
        MessengerCli cli = room.cli();
        String me = cli.login();
        cli.retrying(client -> {
            Conversation invitedTo = new Resolver(client, me).room(wanted, "invite");
            List<String> added = new ArrayList<>();
            for (String user : users) {
                try {
                    client.invite(invitedTo.id(), user);
                } catch (MessengerException e) {
                    throw refused(user, added, e);
                }
                added.add(user);
            }
            return added;
        });
        return ExitCodes.OK;
    }

    /** The refusal, naming the user it is about and those already added; "later" refusals stay retryable. */
    private static RuntimeException refused(String user, List<String> added, MessengerException e) {
        if (e.code() == ErrorCode.RATE_LIMITED || e.code() == ErrorCode.UNAVAILABLE) {
            return e;
        }
        String reason = e.code() == ErrorCode.NOT_FOUND ? "no user named " + user
                : "cannot invite " + user + ": " + Failure.of(e).message();
        String before = added.isEmpty() ? "" : " (added before: " + String.join(", ", added) + ")";
        return new CliException(ExitCodes.of(e.code()), reason + before, e);
    }
}
