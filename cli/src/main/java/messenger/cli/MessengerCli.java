package messenger.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.RetryingConnection;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.TransferListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The {@code messenger-cli} command: the options every subcommand shares, and what they resolve to. */
@Command(name = "messenger-cli",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = MessengerCli.Version.class,
        description = "Chat from a shell: a client of the messenger server.",
        subcommands = {RegisterCommand.class, LoginCommand.class, LogoutCommand.class, SendCommand.class,
                TailCommand.class, HistoryCommand.class, DownloadCommand.class, ConversationsCommand.class,
                RoomsCommand.class, RoomCommand.class, DmCommand.class, EditCommand.class, DeleteCommand.class,
                ReactCommand.class, VersionsCommand.class, PresenceCommand.class, NotificationsCommand.class,
                SettingsCommand.class, SearchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:ok",
                "1:any other failure",
                "2:usage error (bad arguments, or input the server rejects as invalid)",
                "3:not signed in, or login/token refused",
                "4:not found (file id, message, room, user, local file)",
                "5:cannot connect, connection lost, or server unavailable",
                "6:checksum mismatch",
                "7:the server's TLS certificate is not trusted or is for another host name",
                "8:not a member of that conversation, or not allowed that change in it"})
final class MessengerCli implements Callable<Integer> {

    static final String SERVER_VARIABLE = "MESSENGER_SERVER";
    /** Waits of about 0.5, 1, 2, 4 and 8 s: a server restart is ridden out, a server that stays down is not. */
    private static final ReconnectPolicy RECONNECTS = new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(8));
    private static final int MAX_FAILURES_IN_A_ROW = 6;

    @Option(names = "--server", scope = ScopeType.INHERIT, paramLabel = "HOST:PORT",
            description = "server address; a HOST alone means port 7777 (default: $" + SERVER_VARIABLE
                    + ", else the one login remembered, else localhost:7777)")
    private ServerAddress server;

    @Option(names = "--tls", negatable = true, scope = ScopeType.INHERIT,
            description = "connect with TLS, checking the server's certificate and host name (default: what login"
                    + " remembered for this server); --no-tls connects without")
    private Boolean tls;

    @Option(names = "--tls-cert", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "trust the certificates in this PEM file (a self-signed server's own certificate, or its"
                    + " CA's) instead of the system's trusted authorities; implies --tls")
    private Path tlsCert;

    @Option(names = "--config-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "folder of the config file (default: $" + ConfigDirectory.VARIABLE
                    + ", else $XDG_CONFIG_HOME/messenger or ~/.config/messenger; %%APPDATA%%\\messenger on Windows)")
    private Path configDir;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "print stack traces of failures")
    private boolean debug;

    @Spec
    private CommandSpec spec;

    private final Environment environment;

    private MessengerCli(Environment environment) {
        this.environment = environment;
    }

    static CommandLine commandLine(Environment environment) {
        MessengerCli cli = new MessengerCli(environment);
        ErrorReporter reporter = new ErrorReporter(cli);
        return new CommandLine(cli)
                // @LOGIN names a user (--to @bob, dm @bob): never the argument file picocli would read in its place
                .setExpandAtFiles(false)
                .registerConverter(ServerAddress.class, MessengerCli::serverAddress)
                .setOut(environment.out())
                .setErr(environment.err())
                .setParameterExceptionHandler(reporter)
                .setExecutionExceptionHandler(reporter)
                .setExecutionStrategy(parsed -> {
                    try {
                        return new CommandLine.RunLast().execute(parsed);
                    } catch (Error e) {
                        // picocli hands only Exceptions to the reporter: an Error (out of memory) would end the
                        // run with a stack trace
                        return reporter.handleError(e, parsed.commandSpec().commandLine());
                    }
                });
    }

    private static ServerAddress serverAddress(String text) {
        try {
            return ServerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given");
    }

    Environment environment() {
        return environment;
    }

    boolean debug() {
        return debug;
    }

    ConfigFile configFile() {
        return new ConfigFile(ConfigDirectory.of(environment, configDir));
    }

    ServerAddress server(Config config) {
        return ServerChoice.choose(server, environment.variable(SERVER_VARIABLE), config.server());
    }

    /**
     * The server chosen as for every command, with TLS as the options say, else as login remembered it for that
     * same server or for a cluster list it belongs to, else without.
     */
    Endpoint endpoint(Config config) {
        ServerAddress address = server(config);
        return new Endpoint(address, tls(config, address));
    }

    /** The server that issued the stored sign-in, with TLS as the options say, else as login remembered it. */
    Endpoint issuer(Config config) {
        ServerAddress address = ServerChoice.choose(null, null, config.server());
        return new Endpoint(address, tls(config, address));
    }

    private TlsSetting tls(Config config, ServerAddress address) {
        if (tlsCert != null) {
            if (Boolean.FALSE.equals(tls)) {
                throw new CliException(ExitCodes.USAGE, "--no-tls and --tls-cert contradict each other");
            }
            return new TlsSetting(true, tlsCert.toAbsolutePath());
        }
        if (tls != null) {
            return tls ? new TlsSetting(true, null) : TlsSetting.OFF;
        }
        // the same test as for sending the token there: a token kept from a TLS login never goes in clear text
        return config.remembers(address) ? config.tls() : TlsSetting.OFF;
    }

    /** A connection signed in with the stored token, to the server chosen as for every command. */
    MessengerClient openSignedIn() throws IOException {
        Config config = configFile().load();
        return Connector.openSignedIn(endpoint(config), config);
    }

    /**
     * A connection that survives drops, to the server chosen as for every command: the first connection fails at
     * once with a plain error; after a drop it tries again, a few times, and the work goes on where it stopped.
     */
    RetryingConnection openRetrying() throws IOException {
        Config config = configFile().load();
        return new RetryingConnection(Connector.dialer(endpoint(config), config, MessengerClient.DEFAULT_TIMEOUT),
                RECONNECTS, MAX_FAILURES_IN_A_ROW);
    }

    /**
     * Runs {@code work} on a connection as {@link #openRetrying} opens it, again after a drop: for reads and
     * for changes that are the same when made twice (join, invite, opening a direct conversation).
     */
    <T> T retrying(Function<MessengerClient, T> work) throws IOException {
        try (RetryingConnection connection = openRetrying()) {
            return connection.call((client, progress) -> work.apply(client), TransferListener.NONE);
        }
    }

    /** The login the stored sign-in belongs to. */
    String login() throws IOException {
        return configFile().load().login();
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MessengerCli.class.getPackage().getImplementationVersion();
            return new String[] {"messenger-cli " + (version == null ? "(development build)" : version)};
        }
    }
}
