package messenger.cli;

import java.util.concurrent.Callable;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code logout}: revokes this device's token on the server that issued it, whatever server the options or
 * {@code $MESSENGER_SERVER} name, then forgets it (server and login stay).
 */
@Command(name = "logout", description = {"Revoke this device's token on the server and delete it from the config file.",
        "The token is revoked on the server that issued it, whichever server --server or $"
                + MessengerCli.SERVER_VARIABLE + " name."})
final class LogoutCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Override
    public Integer call() throws Exception {
        ConfigFile configFile = cli.configFile();
        Config config = configFile.load();
        String token = Connector.requireToken(config);
        try {
            Connector.revoke(cli.issuer(config), token);
        } catch (MessengerException e) {
            if (e.code() != ErrorCode.AUTH_FAILED) {
                throw e;
            }
            // Revoked already (e.g. by another logout): forgetting it locally is all that is left to do.
        }
        // a login meanwhile stored a token of its own: that one stays
        configFile.update(current -> token.equals(current.token()) ? current.signedOut() : current);
        return ExitCodes.OK;
    }
}
