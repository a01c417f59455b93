package messenger.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code login LOGIN}: signs in as a new device and keeps its token, the login and the server in the config file. */
@Command(name = "login",
        description = {"Sign in and remember this device's token, the server and its TLS setting in the config file.",
                "The password comes from $" + PasswordReader.VARIABLE + ", else the terminal, "
                        + "else the first line of stdin. It is never an argument."})
final class LoginCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Parameters(paramLabel = "LOGIN")
    private String login;

    @Option(names = "--device", paramLabel = "NAME",
            description = "name of this device on the server (default: messenger-cli on <host name>)")
    private String device;

    @Override
    public Integer call() throws Exception {
        ConfigFile configFile = cli.configFile();
        Endpoint server = cli.endpoint(configFile.load());
        String password = PasswordReader.read(cli.environment());
        Results.Login signedIn;
        try (MessengerClient client = Connector.open(server)) {
            signedIn = client.login(login, password, device != null ? device : defaultDevice());
        }
        // what the file holds now, which another login may have changed since it was read above
        Config previous = configFile.update(
                replaced -> new Config(server.toString(), signedIn.login(), signedIn.token(), server.tls()));
        if (previous.token() != null) {
            revokeReplaced(previous);
        }
        return ExitCodes.OK;
    }

    /**
     * The token this login replaces would stay valid with nobody holding it: revoke it, on the server that
     * issued it (which --server may no longer name).
     */
    private static void revokeReplaced(Config previous) {
        try {
            Connector.revoke(new Endpoint(ServerChoice.choose(null, null, previous.server()), previous.tls()),
                    previous.token());
        } catch (RuntimeException alreadyGoneOrUnreachable) {
            // Best effort: the new sign-in is saved, and an unreachable old token is unknown to everyone.
        }
    }

    private static String defaultDevice() {
        try {
            return "messenger-cli on " + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "messenger-cli";
        }
    }
}
