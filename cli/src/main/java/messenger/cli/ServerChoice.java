package messenger.cli;

import messenger.protocol.client.ServerAddress;

/**
 * Which server a command talks to: the first of the --server flag, $MESSENGER_SERVER, the server login
 * remembered, localhost:7777.
 */
final class ServerChoice {

    private static final ServerAddress DEFAULT = new ServerAddress("localhost", ServerAddress.DEFAULT_PORT);

    private ServerChoice() {
    }

    static ServerAddress choose(ServerAddress flag, String environment, String remembered) {
        if (flag != null) {
            return flag;
        }
        if (environment != null) {
            return parseSetting(MessengerCli.SERVER_VARIABLE, environment);
        }
        if (remembered != null) {
            return parseSetting("the config file's server", remembered);
        }
        return DEFAULT;
    }

    private static ServerAddress parseSetting(String source, String value) {
        try {
            return ServerAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, source + ": " + e.getMessage());
        }
    }
}
