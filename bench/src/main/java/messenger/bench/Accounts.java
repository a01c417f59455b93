package messenger.bench;

import java.util.ArrayList;
import java.util.List;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.PushListener;

/**
 * The benchmark's users ({@code <prefix>-0}, {@code <prefix>-1}, …) and their connections. Each user logs in
 * once; every further connection authenticates with {@code resume}, because a password check (bcrypt) costs
 * far more than the benchmarks would measure.
 */
final class Accounts {

    private final String prefix;
    private final String password;
    private final List<String> tokens = new ArrayList<>();
    private BenchTarget target;

    Accounts(Flags flags) {
        this.prefix = flags.string("user-prefix", "bench");
        this.password = flags.string("password", "bench-password");
    }

    /** Registers the users that do not exist yet on the target and logs each of them in once. */
    void prepare(BenchTarget target, int users) {
        this.target = target;
        tokens.clear();
        try (MessengerClient client = target.connect(null)) {
            for (int i = 0; i < users; i++) {
                String login = prefix + "-" + i;
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

    /** A new connection authenticated as the user {@code index} modulo the number prepared. */
    MessengerClient connect(int index, PushListener listener) {
        return target.connect(listener).openedWith(client -> client.resume(tokens.get(index % tokens.size())));
    }
}
