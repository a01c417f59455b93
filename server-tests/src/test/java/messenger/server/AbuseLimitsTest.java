package messenger.server;

import static messenger.server.RequestErrors.catchError;
import static messenger.server.TestServer.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import messenger.handlers.HandlerConfig;
import messenger.handlers.account.LoginAttempt;
import messenger.handlers.account.LoginThrottle;
import messenger.handlers.account.RegistrationLimiter;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.server.transport.UnauthenticatedConnections;
import org.junit.jupiter.api.BeforeEach;
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
    LoginThrottle throttle;

    @Inject
    RegistrationLimiter registrations;

    @Inject
    HandlerConfig config;

    @Inject
    UnauthenticatedConnections unauthenticated;

    /**
     * Several tests here open many connections that never sign in; the server counts their closes on its own
     * threads, and a test that starts before it has would find its address's slots still taken.
     */
    @BeforeEach
    void noConnectionOfThisAddressStillWaitsToSignIn() {
        await().atMost(Duration.ofSeconds(15)).until(() -> unauthenticated.waitingFrom("127.0.0.1") == 0);
    }

    @Test
    void repeatedFailedLoginsMustWaitLongerAndLonger() {
        String login = TestServer.uniqueLogin("guess");
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(loginError(login, "wrong " + i).code()).isEqualTo(ErrorCode.AUTH_FAILED);
        }
        for (long expectedWait : new long[] {1, 2, 4}) {
            MessengerException limited = loginError(login, PASSWORD);
            assertThat(limited.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(limited.header().get("retryAfter").getAsLong()).as("seconds to wait")
                    .isBetween(expectedWait - 1, expectedWait);
            // once the wait is over, the next failure doubles it
            await().atMost(Duration.ofSeconds(expectedWait + 5)).pollInterval(Duration.ofMillis(250))
                    .until(() -> loginError(login, "wrong again").code() == ErrorCode.AUTH_FAILED);
        }
    }

    @Test
    void unknownLoginsAreThrottledJustLikeRealOnes() {
        String nobody = TestServer.uniqueLogin("nobody");
        for (int i = 0; i < 5; i++) {
            assertThat(loginError(nobody, "whatever pw").code()).isEqualTo(ErrorCode.AUTH_FAILED);
        }
        assertThat(loginError(nobody, "whatever pw").code()).isEqualTo(ErrorCode.RATE_LIMITED);
    }

    /** The database ignores trailing spaces in comparisons: "alice " must not be a way around alice's limit. */
    @Test
    void aLoginWithTrailingSpacesIsNoSecondWayIn() {
        String login = TestServer.uniqueLogin("spaced");
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(loginError(login, "wrong " + i).code()).isEqualTo(ErrorCode.AUTH_FAILED);
        }
        assertThat(loginError(login + " ", PASSWORD).code()).as("the right password, a space after the login")
                .isEqualTo(ErrorCode.AUTH_FAILED);
        assertThat(loginError(login + "  ", "wrong again").code()).isEqualTo(ErrorCode.AUTH_FAILED);
    }

    /** Guesses sent side by side cannot all pass the check before the first failure is counted. */
    @Test
    void loginsSentSideBySideGetNoMoreGuessesThanOneAfterAnother() {
        String login = TestServer.uniqueLogin("parallel");
        List<MessengerClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                clients.add(server.connect());
            }
            List<CompletableFuture<Frame>> attempts = clients.stream().map(client -> client.call("login",
                    new Requests.Login(login, "guess " + clients.indexOf(client), null), null)).toList();
            long authFailed = 0;
            for (int i = 0; i < attempts.size(); i++) {
                MessengerClient client = clients.get(i);
                CompletableFuture<Frame> attempt = attempts.get(i);
                MessengerException refused = catchError(() -> client.await(attempt));
                assertThat(refused.code()).isIn(ErrorCode.AUTH_FAILED, ErrorCode.RATE_LIMITED);
                authFailed += refused.code() == ErrorCode.AUTH_FAILED ? 1 : 0;
            }
            assertThat(authFailed).as("passwords actually tried").isBetween(1L, 5L);
        } finally {
            clients.forEach(MessengerClient::close);
        }
    }

    /**
     * Guesses at many logins from one address, sent side by side, cannot all pass the check before the failure that
     * makes the address wait is counted.
     */
    @Test
    void anAddressOneFailureFromWaitingHasOneAttemptCheckedAtATime() {
        String address = "203.0.113." + (System.nanoTime() % 250);
        for (int i = 1; i < config.loginFailuresPerAddressBeforeDelay(); i++) {
            throttle.failed("sprayed", address);
        }
        List<LoginAttempt> begun = new ArrayList<>();
        List<RequestException> refused = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String login = TestServer.uniqueLogin("sprayed");
                try {
                    begun.add(throttle.begin(login, address));
                } catch (RequestException e) {
                    refused.add(e);
                }
            }
        } finally {
            begun.forEach(LoginAttempt::close);
        }
        assertThat(begun).as("attempts let through").hasSize(1);
        assertThat(refused).allSatisfy(refusal -> {
            assertThat(refusal.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(refusal.extraFields().get("retryAfter").getAsLong()).isPositive();
        });
    }

    /** Below its limit an address is shared by people (a NAT), who sign in side by side. */
    @Test
    void anAddressBelowItsLimitHasAttemptsCheckedSideBySide() {
        String address = "198.51.100." + (System.nanoTime() % 250);
        List<LoginAttempt> begun = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                begun.add(throttle.begin(TestServer.uniqueLogin("neighbour"), address));
            }
        } finally {
            begun.forEach(LoginAttempt::close);
        }
        assertThat(begun).hasSize(20);
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
    void aLoginGuessedAtAfterAFloodOfGuessesAtOthersIsStillThrottled() {
        String flood = "flood-" + System.nanoTime() + "-";
        for (int i = 0; i < 100_000; i++) {
            for (int attempt = 0; attempt < 5; attempt++) {
                throttle.failed(flood + i, "2001:db8:" + Integer.toHexString(i % 60_000) + "::1");
            }
        }
        String target = "target-" + System.nanoTime();
        for (int attempt = 0; attempt < 5; attempt++) {
            throttle.failed(target, "192.0.2.253");
        }
        assertThat(catchRequestError(() -> throttle.check(target, "192.0.2.252")).code())
                .as("every tracked login is still blocked, yet the new target is throttled too")
                .isEqualTo(ErrorCode.RATE_LIMITED);
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
        try (TestServer.Device flooder = server.newUser("flood"); TestServer.Device other = server.newUser("calm")) {
            MessengerClient client = flooder.client();
            assertOnlyTheRateGetsThrough(client, i -> client.call("send",
                    new Requests.Send("flood-" + i, "message " + i, null), null));
            assertThat(other.client().send("calm-1", "another user is not limited", null)).isNotNull();
        }
    }

    /** Every change is a commit on the one writer and a push to every member: reactions count as messages do. */
    @Test
    void togglingAReactionFasterThanTheRateLimitIsRefusedLikeSending() {
        try (TestServer.Device flooder = server.newUser("toggle"); TestServer.Device other = server.newUser("poster")) {
            long message = other.client().send("toggled", "react to this", null).id();
            MessengerClient client = flooder.client();
            assertOnlyTheRateGetsThrough(client, i -> i % 2 == 0
                    ? client.call(Requests.ReactionAdd.TYPE, new Requests.ReactionAdd(message, "👍"), null)
                    : client.call(Requests.ReactionRemove.TYPE, new Requests.ReactionRemove(message, "👍"), null));
            assertThat(other.client().send("poster-1", "another user is not limited", null)).isNotNull();
        }
    }

    /** A client marks every conversation it caught up on at once: a refused mark would stay unread elsewhere. */
    @Test
    void readMarksAreNotHeldToTheWriteRate() {
        try (TestServer.Device reader = server.newUser("marker")) {
            MessengerClient client = reader.client();
            long newest = client.send("to-mark", "something to read", null).id();
            List<CompletableFuture<Frame>> marks = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                marks.add(client.call(Requests.Read.TYPE, new Requests.Read(1L, newest), null));
            }
            marks.forEach(client::await);
        }
    }

    /**
     * Pipelined batches of requests until the bucket runs dry: on a slow machine one batch may take longer than the
     * refill needs, so the number of requests it takes is not fixed; what was accepted is bounded either way.
     */
    private static void assertOnlyTheRateGetsThrough(MessengerClient client,
                                                     IntFunction<CompletableFuture<Frame>> request) {
        List<MessengerException> refusals = new ArrayList<>();
        int accepted = 0;
        int sent = 0;
        long start = System.nanoTime();
        while (refusals.isEmpty() && sent < 6_000) {
            List<CompletableFuture<Frame>> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++, sent++) {
                batch.add(request.apply(sent));
            }
            for (CompletableFuture<Frame> reply : batch) {
                try {
                    client.await(reply);
                    accepted++;
                } catch (MessengerException refused) {
                    refusals.add(refused);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(accepted).as("the burst of 200, plus what 100/s refilled in %.1f s", seconds)
                .isBetween(200, 200 + (int) Math.ceil(100 * seconds) + 1);
        assertThat(refusals).isNotEmpty().allSatisfy(refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(refused.header().get("retryAfter").getAsLong()).isEqualTo(1);
        });
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
