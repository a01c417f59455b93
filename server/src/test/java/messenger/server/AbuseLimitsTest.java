package messenger.server;

import static messenger.server.AccountTest.catchError;
import static messenger.server.TestServer.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import messenger.handlers.account.LoginThrottle;
import messenger.handlers.account.RegistrationLimiter;
import messenger.handlers.chat.SendRateLimiter;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import org.junit.jupiter.api.Test;

/**
 * Limits against guessing and flooding (test profile: 20 s to sign in, 20 unauthenticated connections, 100 msg/s,
 * bursts of 200, 100,000 accounts an hour from one address).
 */
@QuarkusTest
class AbuseLimitsTest {

    @Inject
    TestServer server;

    @Inject
    SendRateLimiter rateLimiter;

    @Inject
    LoginThrottle throttle;

    @Inject
    RegistrationLimiter registrations;

    @Test
    void repeatedFailedLoginsMustWaitLongerAndLonger() {
        String login = TestServer.uniqueLogin("guess");
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(loginError(login, "wrong " + i).code()).isEqualTo(ErrorCode.AUTH_FAILED);
        }
        MessengerException limited = loginError(login, PASSWORD);
        assertThat(limited.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(limited.header().get("retryAfter").getAsLong()).isBetween(1L, 2L);
    }

    @Test
    void unknownLoginsAreThrottledJustLikeRealOnes() {
        String nobody = TestServer.uniqueLogin("nobody");
        for (int i = 0; i < 5; i++) {
            assertThat(loginError(nobody, "whatever pw").code()).isEqualTo(ErrorCode.AUTH_FAILED);
        }
        assertThat(loginError(nobody, "whatever pw").code()).isEqualTo(ErrorCode.RATE_LIMITED);
    }

    @Test
    void manyFailedLoginsFromOneAddressSlowDownEveryLoginFromThere() {
        String address = "192.0.2." + (System.nanoTime() % 250);
        for (int i = 0; i <= 100_000; i++) {
            throttle.failed("login-" + i, address);
        }
        assertThat(catchRequestError(() -> throttle.check("someone-else", address)).code())
                .isEqualTo(ErrorCode.RATE_LIMITED);
        throttle.check("someone-else", "192.0.2.254");
    }

    @Test
    void oneAddressCanCreateOnlySoManyAccountsAnHour() {
        String address = "198.51.100." + (System.nanoTime() % 250);
        RequestException refusal = null;
        int accepted = 0;
        while (refusal == null && accepted <= 110_000) {
            try {
                registrations.acquire(address);
                accepted++;
            } catch (RequestException e) {
                refusal = e;
            }
        }
        assertThat(accepted).as("accounts an hour, plus what came back while counting").isBetween(100_000, 110_000);
        assertThat(refusal.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(refusal.extraFields().get("retryAfter").getAsLong()).isPositive();
        registrations.acquire("198.51.100.254");
    }

    private static RequestException catchRequestError(Runnable call) {
        try {
            call.run();
        } catch (RequestException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    /** Each attempt on a fresh connection, as a guesser would, and well inside the sign-in deadline. */
    private MessengerException loginError(String login, String password) {
        try (MessengerClient client = server.connect()) {
            return catchError(() -> client.login(login, password, null));
        }
    }

    @Test
    void sendingFasterThanTheRateLimitIsRefusedWithRetryAfter() {
        long userId = -System.nanoTime();
        MessengerException refusal = null;
        int accepted = 0;
        for (int i = 0; i < 1_000 && refusal == null; i++) {
            try {
                rateLimiter.acquire(userId);
                accepted++;
            } catch (RequestException e) {
                refusal = new MessengerException(e.code(), e.getMessage(), e.extraFields());
            }
        }
        assertThat(accepted).isBetween(200, 210);
        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(refusal.header().get("retryAfter").getAsLong()).isEqualTo(1);
    }

    @Test
    void aConnectionThatNeverSignsInOrHasSignedOutIsClosedAfterTheDeadline() throws Exception {
        try (RawConnection raw = new RawConnection(server.port()); TestServer.Device signedIn = server.newUser("stay");
                TestServer.Device leaving = server.newUser("leave"); RawConnection signedOut = signedInRaw(leaving)) {
            signedOut.send(RawConnection.frame("{\"type\":\"logout\",\"id\":2}", new byte[0]));
            assertThat(signedOut.read().type()).isEqualTo("ok");
            for (RawConnection stranger : List.of(raw, signedOut)) {
                stranger.setReadTimeout(60_000);
                Frame notice = stranger.read();
                assertThat(notice.header().get("code").getAsString()).isEqualTo("UNAUTHENTICATED");
                assertThat(stranger.isClosedByServer()).isTrue();
            }
            assertThat(signedIn.client().ping()).isNotNull();
        }
    }

    private RawConnection signedInRaw(TestServer.Device device) throws Exception {
        RawConnection raw = new RawConnection(server.port());
        raw.send(RawConnection.frame("{\"type\":\"resume\",\"id\":1,\"token\":\"" + device.token() + "\"}",
                new byte[0]));
        assertThat(raw.read().type()).isEqualTo("ok");
        return raw;
    }

    @Test
    void tooManyUnauthenticatedConnectionsFromOneAddressAreRefused() throws Exception {
        List<RawConnection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < 21; i++) {
                connections.add(new RawConnection(server.port()));
            }
            // each event loop admits its connections in turn, so which one is refused is not known in advance
            await().atMost(Duration.ofSeconds(10)).until(() -> connections.stream().anyMatch(RawConnection::hasData));
            Thread.sleep(1_000); // time for a wrongly refused second one to show
            List<RawConnection> refused = connections.stream().filter(RawConnection::hasData).toList();
            assertThat(refused).hasSize(1);
            Frame refusal = refused.get(0).read();
            assertThat(refusal.header().get("code").getAsString()).isEqualTo("RATE_LIMITED");
            assertThat(refused.get(0).isClosedByServer()).isTrue();
        } finally {
            for (RawConnection connection : connections) {
                connection.close();
            }
        }
    }
}
