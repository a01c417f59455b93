package messenger.server;

import static messenger.server.RequestErrors.catchError;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;

/**
 * Sign-ins hash with bcrypt for a long while; they must not hold a pooled database connection meanwhile, or a flood
 * of them takes the whole pool and everyone else's requests time out waiting for one.
 */
@QuarkusTest
@TestProfile(SignInFloodTest.SmallPoolSlowHash.class)
class SignInFloodTest {

    private static final int POOL = 4;

    /**
     * A pool the flood fills, bcrypt slow enough to outlast the wait for a connection, and time enough to sign in
     * for the flood's strangers, who share few cores.
     */
    public static final class SmallPoolSlowHash implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", Integer.toString(POOL),
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "messenger.password-hash-cost", "13",
                    "messenger.auth-timeout", "60s");
        }
    }

    @Inject
    TestServer server;

    @Test
    void aSignedInUserIsServedWhileAFloodOfUnknownLoginsIsHashed() throws Exception {
        List<MessengerClient> strangers = new ArrayList<>();
        try (TestServer.Device alice = server.newUser("flooded")) {
            List<CompletableFuture<Frame>> attempts = new ArrayList<>();
            for (int i = 0; i < POOL; i++) {
                MessengerClient stranger = server.connect();
                strangers.add(stranger);
                attempts.add(stranger.call("login",
                        new Requests.Login(TestServer.uniqueLogin("nobody"), "some guess", null), null));
            }
            Thread.sleep(300);

            assertThat(alice.client().send("during-flood", "still here", null).text()).isEqualTo("still here");
            for (int i = 0; i < attempts.size(); i++) {
                MessengerClient stranger = strangers.get(i);
                CompletableFuture<Frame> attempt = attempts.get(i);
                assertThat(catchError(() -> stranger.await(attempt)).code()).isEqualTo(ErrorCode.AUTH_FAILED);
            }
        } finally {
            strangers.forEach(MessengerClient::close);
        }
    }
}
