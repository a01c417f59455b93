package messenger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code react ID EMOJI [--remove]}: adds or takes back a reaction; prints nothing. Both are safe to retry. */
@Command(name = "react",
        description = {"React to a message with an emoji (up to 16 characters, no spaces), or take the reaction "
                + "back with --remove. Reacting twice, or removing a reaction you have not made, changes nothing."})
final class ReactCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Parameters(index = "0", paramLabel = "ID", description = "the message's id")
    private long message;

    @Parameters(index = "1", paramLabel = "EMOJI", description = "the reaction, e.g. 👍")
    private String emoji;

    @Option(names = "--remove", description = "take your reaction back")
    private boolean remove;

    @Override
    public Integer call() throws Exception {
        MessageRequest.id(message);
        cli.retrying(client -> MessageRequest.about(message, "react to", () -> {
            if (remove) {
                client.unreact(message, emoji);
            } else {
                client.react(message, emoji);
            }
            return null;
        }));
        return ExitCodes.OK;
    }
}
