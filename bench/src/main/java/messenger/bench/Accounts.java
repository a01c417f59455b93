package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.PushListener;
import picocli.CommandLine.Option;

/**
 * The benchmark's users ({@code <prefix>-0}, {@code <prefix>-1}, …) and their connections. Each user logs in
 * once; every further connection authenticates with {@code resume}, because a password check (bcrypt) costs
 * far more than the benchmarks would measure. Each scenario mixes in its options.
 */
final class Accounts {

    /**
     * Server settings for a scenario with many accounts: nothing measured signs in, and 1,000 accounts would take
     * minutes to register and log in at the server's default bcrypt cost, so a server the bench starts hashes at
     * the lowest cost.
     */
    static final Map<String, String> CHEAP_HASHING = Map.of("messenger.password-hash-cost", "4");

    @Option(names = "--user-prefix", paramLabel = "PREFIX", defaultValue = "bench",
            description = "the benchmark users are PREFIX-0 … PREFIX-N, registered if missing"
                    + " (default: ${DEFAULT-VALUE})")
    private String prefix;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "bench-password",
            description = "the benchmark users' password (default: ${DEFAULT-VALUE})")
    private String password;

    private final List<String> tokens = new ArrayList<>();
    private BenchTarget target;

    /** Registers the users that do not exist yet on the target and logs each of them in once. */
    void prepare(BenchTarget target, int users) {
        this.target = target;
        tokens.clear();
        try (MessengerClient client = target.connect(null)) {
            for (int i = 0; i < users; i++) {
                String login = login(i);
                try {
                    client.register(login, password);
                } catch (MessengerException e) {
                    if (e.code() != ErrorCode.LOGIN_TAKEN) {
                        throw e;
                    }
                }
                tokens.add(client.login(login, password, "bench").token());
            }
        }
    }

    /** The login of the user {@code index}. */
    String login(int index) {
        return prefix + "-" + index;
    }

    /**
     * {@code count} new connections of the users 0 to {@code users - 1} in turn, each set up by {@code setUp}.
     * Each is added to {@code opened} as soon as it exists, so that the caller closes it whatever happens next.
     */
    List<MessengerClient> connectSpread(int count, int users, PushListener listener,
                                        Consumer<MessengerClient> setUp, List<MessengerClient> opened) {
        List<MessengerClient> connected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MessengerClient client = connect(i % users, listener);
            opened.add(client);
            connected.add(client);
            setUp.accept(client);
        }
        return connected;
    }

    /** A new connection authenticated as the user {@code index} modulo the number prepared. */
    MessengerClient connect(int index, PushListener listener) {
        return target.connect(listener).openedWith(client -> client.resume(tokens.get(index % tokens.size())));
    }
}
