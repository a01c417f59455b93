package messenger.cli;

/** Where the server listens: {@code HOST:PORT}, with an IPv6 literal in brackets ({@code [::1]:7777}). */
record ServerAddress(String host, int port) {

    static final ServerAddress DEFAULT = new ServerAddress("localhost", 7777);

    /** Parses {@code HOST:PORT}; the message of the exception says what is wrong, for a usage error. */
    static ServerAddress parse(String text) {
        String trimmed = text.strip();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException("a server address is HOST:PORT, not '" + text + "'");
        }
        String host = trimmed.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("write an IPv6 address in brackets: [" + host + "]:PORT");
        }
        int port;
        try {
            port = Integer.parseInt(trimmed.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (host.isEmpty() || port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a server address is HOST:PORT with a port from 1 to 65535, not '"
                    + text + "'");
        }
        return new ServerAddress(host, port);
    }

    /** The first of: the --server flag, $MESSENGER_SERVER, the server login remembered, localhost:7777. */
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
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, source + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
