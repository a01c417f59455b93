package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * The dummy hash that makes an unknown login as slow as a wrong password, at the production bcrypt cost: the rest of
 * the suite hashes at cost 4, where a hash takes about as long as the round trip and the two could not be told apart.
 * (A packaged server of its own, not an in-process test: a second Quarkus start of the server module, which every
 * later module waits for, cost more than this start beside the other ITs.)
 */
class LoginTimingIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void anUnknownLoginTakesAboutAsLongAsAWrongPassword() throws Exception {
        Path dir = Path.of("target", "it-login-timing-" + System.nanoTime());
        try (ServerProcess server = ServerProcess.start(dir, Map.of("messenger.password-hash-cost", "12"))) {
            try (MessengerClient client = server.connect()) {
                client.register("timing", PASSWORD);
            }
            List<Long> wrongPassword = new ArrayList<>();
            List<Long> unknownLogin = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                wrongPassword.add(timeOfFailedLogin(server, "timing"));
                unknownLogin.add(timeOfFailedLogin(server, "nobody-" + i));
            }
            double ratio = (double) median(unknownLogin) / median(wrongPassword);
            // without the dummy bcrypt check an unknown login is answered about a hundred times sooner
            assertThat(ratio).as("unknown login / wrong password, medians of %s and %s ns", unknownLogin, wrongPassword)
                    .isBetween(0.33, 3.0);
        }
    }

    private static long timeOfFailedLogin(ServerProcess server, String login) {
        try (MessengerClient client = server.connect()) {
            long start = System.nanoTime();
            assertThat(RequestErrors.catchError(() -> client.login(login, "not the password", null)).code())
                    .isEqualTo(ErrorCode.AUTH_FAILED);
            return System.nanoTime() - start;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }
}
