package messenger.server;

import static messenger.server.AccountTest.catchError;
import static messenger.server.TestServer.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;

/**
 * The dummy hash that makes an unknown login as slow as a wrong password, at the production bcrypt cost: the rest of
 * the suite hashes at cost 4, where a hash takes about as long as the round trip and the two could not be told apart.
 */
@QuarkusTest
@TestProfile(LoginTimingTest.ProductionPasswordCost.class)
class LoginTimingTest {

    public static final class ProductionPasswordCost implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("messenger.password-hash-cost", "12");
        }
    }

    @Inject
    TestServer server;

    @Test
    void anUnknownLoginTakesAboutAsLongAsAWrongPassword() {
        String real = TestServer.uniqueLogin("timing");
        try (MessengerClient client = server.connect()) {
            client.register(real, PASSWORD);
        }
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownLogin = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            wrongPassword.add(timeOfFailedLogin(real));
            unknownLogin.add(timeOfFailedLogin(TestServer.uniqueLogin("nobody")));
        }
        double ratio = (double) median(unknownLogin) / median(wrongPassword);
        // without the dummy bcrypt check an unknown login is answered about a hundred times sooner
        assertThat(ratio).as("unknown login / wrong password, medians of %s and %s ns", unknownLogin, wrongPassword)
                .isBetween(0.33, 3.0);
    }

    private long timeOfFailedLogin(String login) {
        try (MessengerClient client = server.connect()) {
            long start = System.nanoTime();
            assertThat(catchError(() -> client.login(login, "not the password", null)).code())
                    .isEqualTo(ErrorCode.AUTH_FAILED);
            return System.nanoTime() - start;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

}
