package messenger.cli;

import java.util.concurrent.Callable;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code register LOGIN}: creates an account; it does not sign in. */
@Command(name = "register",
        description = {"Create an account (this does not sign in; run login next).",
                "The password comes from $" + PasswordReader.VARIABLE + ", else the terminal (asked twice), "
                        + "else the first line of stdin. It is never an argument."})
final class RegisterCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Parameters(paramLabel = "LOGIN", description = "3 to 32 letters, digits, '_', '.' or '-'")
    private String login;

    @Override
    public Integer call() throws Exception {
        Endpoint server = cli.endpoint(cli.configFile().load());
        String password = PasswordReader.readNew(cli.environment());
        try (MessengerClient client = Connector.open(server)) {
            client.register(login, password);
        }
        return ExitCodes.OK;
    }
}
