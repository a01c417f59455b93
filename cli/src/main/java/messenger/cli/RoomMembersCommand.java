package messenger.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Member;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code room members ROOM [--json]}: every member of a conversation the user is in, with their role. */
@Command(name = "members",
        description = "List the members of a room you are in (or of a direct conversation, @LOGIN), in login "
                + "order, with their role: owner, admin or member.")
final class RoomMembersCommand implements Callable<Integer> {

    @ParentCommand
    private RoomCommand room;

    @Parameters(paramLabel = "ROOM", description = "the room's name (any case), #ID or @LOGIN")
    private String target;

    @Option(names = "--json", description = "one protocol member object (JSON) per line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Target wanted = Target.parse(target, "ROOM");
        MessengerCli cli = room.cli();
        String me = cli.login();
        List<Member> members = cli.retrying(client -> {
            long id = new Resolver(client, me).conversation(wanted).id();
            List<Member> all = new ArrayList<>();
            Results.MemberPage page;
            do {
                String after = all.isEmpty() ? null : all.get(all.size() - 1).login();
                page = client.members(id, after, ProtocolRules.MEMBERS_MAX_LIMIT);
                all.addAll(page.members());
            } while (page.hasMore() && !page.members().isEmpty());
            return all;
        });
        new ConversationPrinter(cli.environment().out(), json, ZoneId.systemDefault()).members(members);
        return ExitCodes.OK;
    }
}
