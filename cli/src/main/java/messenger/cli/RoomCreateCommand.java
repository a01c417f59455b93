package messenger.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import messenger.protocol.Conversation;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code room create NAME [--topic T] [--private] [--json]}: creates a room owned by the user and prints it. Not
 * retried after a dropped connection: a second attempt could create a second room.
 */
@Command(name = "create",
        description = {"Create a room, with you as its owner and only member, and print it as conversations does.",
                "Public rooms are listed by rooms and anyone may join them; a private one only by invitation.",
                "Not retried when the connection drops (that could create it twice): check with conversations."})
final class RoomCreateCommand implements Callable<Integer> {

    @ParentCommand
    private RoomCommand room;

    @Parameters(paramLabel = "NAME", description = "1-64 characters, not only spaces")
    private String name;

    @Option(names = "--topic", paramLabel = "TEXT", description = "what the room is about (up to 250 characters)")
    private String topic;

    @Option(names = "--private", description = "only members can see it; others join by invitation")
    private boolean privateRoom;

    @Option(names = "--json", description = "the protocol conversation object (JSON) on one line")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (name.isBlank() || ProtocolRules.characterCount(name) > ProtocolRules.ROOM_NAME_MAX) {
            throw new CliException(ExitCodes.USAGE, "a room name has 1 to " + ProtocolRules.ROOM_NAME_MAX
                    + " characters, not only spaces");
        }
        if (topic != null && ProtocolRules.characterCount(topic) > ProtocolRules.TOPIC_MAX) {
            throw new CliException(ExitCodes.USAGE, "a topic has at most " + ProtocolRules.TOPIC_MAX + " characters");
        }
        MessengerCli cli = room.cli();
        Conversation created;
        try (MessengerClient client = cli.openSignedIn()) {
            created = client.createRoom(name, topic == null || topic.isEmpty() ? null : topic,
                    privateRoom ? Conversation.PRIVATE : Conversation.PUBLIC);
        }
        new ConversationPrinter(cli.environment().out(), json, ZoneId.systemDefault()).conversations(List.of(created));
        return ExitCodes.OK;
    }
}
