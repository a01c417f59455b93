import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;

/** Registers N users (if missing), then times `presence` of all N logins in one request, R times. */
public class PresenceProbe {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int users = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<String> logins = new ArrayList<>();
        try (MessengerClient client = MessengerClient.connect("127.0.0.1", port)) {
            for (int i = 0; i < users; i++) {
                String login = "probe-" + i;
                try {
                    client.register(login, "probe-password");
                } catch (MessengerException e) {
                    // taken: registered by an earlier run
                }
                logins.add(login);
            }
            client.login("probe-0", "probe-password", "probe");
            for (int i = 0; i < 100; i++) {
                client.presence(logins);
            }
            long[] took = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                int answered = client.presence(logins).size();
                took[i] = System.nanoTime() - start;
                if (answered != users) throw new IllegalStateException("answered " + answered);
            }
            Arrays.sort(took);
            System.out.printf("presence of %d logins, %d requests: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", users,
                    rounds, took[rounds / 2] / 1e6, took[rounds * 9 / 10] / 1e6, took[rounds * 99 / 100] / 1e6);
        }
    }
}
