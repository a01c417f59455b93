package messenger.cli;

import java.util.concurrent.Callable;
import messenger.protocol.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settings [--receipts on|off]}: prints the account's settings, after changing those given. */
@Command(name = "settings",
        description = {"Print your account's settings (they hold for every device), after changing those given.",
                "receipts: whether the others in a direct conversation or a small room see how far you have read."})
final class SettingsCommand implements Callable<Integer> {

    enum Switch { on, off }

    @ParentCommand
    private MessengerCli cli;

    @Option(names = "--receipts", paramLabel = "on|off", description = "share your read markers, or stop sharing them")
    private Switch receipts;

    @Override
    public Integer call() throws Exception {
        Boolean change = receipts == null ? null : receipts == Switch.on;
        Results.Settings settings = cli.retrying(client -> client.settings(change));
        cli.environment().out().println("receipts " + (settings.receipts() ? Switch.on : Switch.off));
        return ExitCodes.OK;
    }
}
