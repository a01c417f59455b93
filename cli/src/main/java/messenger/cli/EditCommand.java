package messenger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code edit ID TEXT}: replaces the text of one's own message; prints nothing. Retried after a drop: the same text
 * again changes nothing.
 */
@Command(name = "edit",
        description = {"Replace the text of a message of yours. The earlier text is kept ('versions ID' shows it); "
                + "the others see the message marked (edited).",
                "A message with only a file, or a deleted one, cannot be edited (exit 2)."})
final class EditCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Parameters(index = "0", paramLabel = "ID", description = "the message's id (send prints it; history --json shows it)")
    private long message;

    @Parameters(index = "1", paramLabel = "TEXT", description = "the new text")
    private String text;

    @Override
    public Integer call() throws Exception {
        MessageRequest.id(message);
        MessageRequest.text(text);
        cli.retrying(client -> MessageRequest.about(message, "edit", () -> client.editMessage(message, text)));
        return ExitCodes.OK;
    }
}
