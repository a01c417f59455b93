package messenger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code delete ID}: deletes a message; prints nothing. Retried after a drop: deleting twice changes nothing. */
@Command(name = "delete",
        description = {"Delete a message: yours, or any in a room where you are owner or admin. Its text, earlier "
                + "versions, file and reactions go; the others see [message deleted] in its place."})
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Parameters(paramLabel = "ID", description = "the message's id")
    private long message;

    @Override
    public Integer call() throws Exception {
        MessageRequest.id(message);
        cli.retrying(client -> MessageRequest.about(message, "delete", () -> {
            client.deleteMessage(message);
            return null;
        }));
        return ExitCodes.OK;
    }
}
