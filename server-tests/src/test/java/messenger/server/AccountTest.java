package messenger.server;

import static messenger.server.RequestErrors.assertError;
import static messenger.server.RequestErrors.catchError;
import static messenger.server.TestServer.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import messenger.handlers.account.UserEntity;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.FrameLimits;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountTest {

    @Inject
    TestServer server;

    @Test
    void helloAnnouncesProtocolAndLimits() {
        try (MessengerClient client = server.connect()) {
            Results.Hello hello = client.hello();
            assertThat(hello.protocol()).isEqualTo(1);
            assertThat(hello.maxHeader()).isEqualTo(FrameLimits.DEFAULT_MAX_HEADER);
            assertThat(hello.maxPayload()).isEqualTo(FrameLimits.DEFAULT_MAX_PAYLOAD);
            assertThat(hello.server()).isNotBlank();
        }
    }

    @Test
    void helloWithAnotherProtocolVersionIsRefused() {
        try (MessengerClient client = server.connect()) {
            assertError(() -> client.request("hello", new Hello(2)), ErrorCode.BAD_REQUEST);
            assertThat(client.ping()).isBeforeOrEqualTo(Instant.now());
        }
    }

    record Hello(int protocol) {
    }

    @Test
    void pingWorksBeforeLogin() {
        try (MessengerClient client = server.connect()) {
            assertThat(Duration.between(client.ping(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        }
    }

    @Test
    void registerValidatesLoginAndPassword() {
        try (MessengerClient client = server.connect()) {
            assertError(() -> client.register("ab", PASSWORD), ErrorCode.INVALID_LOGIN);
            assertError(() -> client.register("has space", PASSWORD), ErrorCode.INVALID_LOGIN);
            assertError(() -> client.register("x".repeat(33), PASSWORD), ErrorCode.INVALID_LOGIN);
            assertError(() -> client.register(TestServer.uniqueLogin("weak"), "short"), ErrorCode.WEAK_PASSWORD);
            assertError(() -> client.register(TestServer.uniqueLogin("long"), "p".repeat(129)), ErrorCode.WEAK_PASSWORD);
            assertError(() -> client.register(null, PASSWORD), ErrorCode.BAD_REQUEST);
        }
    }

    @Test
    void loginsAreUniqueRegardlessOfCase() {
        String login = TestServer.uniqueLogin("Case");
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
            assertError(() -> client.register(login.toUpperCase(), PASSWORD), ErrorCode.LOGIN_TAKEN);
            assertThat(client.login(login.toLowerCase(), PASSWORD, null).login()).isEqualTo(login);
        }
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlike() {
        try (TestServer.Device alice = server.newUser("alice"); MessengerClient other = server.connect()) {
            MessengerException wrongPassword = catchError(() -> other.login(alice.login(), "wrong password", null));
            MessengerException unknownUser = catchError(() -> other.login("nobody-" + alice.login(), PASSWORD, null));
            assertThat(wrongPassword.code()).isEqualTo(ErrorCode.AUTH_FAILED);
            assertThat(unknownUser.code()).isEqualTo(ErrorCode.AUTH_FAILED);
            assertThat(wrongPassword.getMessage()).isEqualTo(unknownUser.getMessage());
            assertError(other::subscribe, ErrorCode.UNAUTHENTICATED);
        }
    }

    @Test
    void everyRequestButTheOpenOnesNeedsAuthentication() {
        try (MessengerClient client = server.connect()) {
            for (String type : new String[] {"logout", "send", "history", "sync", "subscribe", "upload.start",
                    "upload.chunk", "upload.finish", "file.info", "file.read"}) {
                assertError(() -> client.request(type, null), ErrorCode.UNAUTHENTICATED);
            }
        }
    }

    @Test
    void tokensAreDistinctPerDeviceAndResumeAnotherConnection() {
        try (TestServer.Device laptop = server.newUser("devices");
                TestServer.Device phone = server.signIn(laptop.login());
                MessengerClient fileConnection = server.resume(phone.token())) {
            assertThat(laptop.token()).isNotEqualTo(phone.token());
            assertThat(laptop.token().length()).isGreaterThanOrEqualTo(22);
            assertThat(fileConnection.history(null, 1).messages()).isNotNull();
        }
    }

    @Test
    void theDatabaseHoldsOnlyTheHashOfADeviceToken() throws Exception {
        try (TestServer.Device device = server.newUser("token-hash");
                java.sql.Connection db = DriverManager.getConnection(
                        EmbeddedDatabaseResource.database.jdbcUrl(), "root", "");
                PreparedStatement devices = db.prepareStatement(
                        "select token_hash from devices d join users u on u.id = d.user_id where u.login = ?")) {
            devices.setString(1, device.login());
            try (ResultSet rows = devices.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1))
                        .isEqualTo(Sha256.hex(device.token().getBytes(StandardCharsets.UTF_8)))
                        .doesNotContain(device.token());
            }
        }
    }

    /**
     * After the operator changes {@code messenger.password-hash-cost}, unknown logins take as long as the new cost:
     * a hash of the old cost left in place would tell by its time that its login exists.
     */
    @Test
    void aPasswordHashOfAnotherCostIsMadeAgainAtTheConfiguredOneOnSignIn() {
        String login = TestServer.uniqueLogin("old-cost");
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
        }
        QuarkusTransaction.requiringNew().run(() -> UserEntity.update("passwordHash = ?1 where loginKey = ?2",
                BcryptUtil.bcryptHash(PASSWORD, 5), UserEntity.keyOf(login)));

        server.signIn(login).close();

        String stored = QuarkusTransaction.requiringNew().call(() -> UserEntity.findByLogin(login).orElseThrow())
                .passwordHash;
        assertThat(stored).as("the test profile's cost").startsWith("$2a$04$");
        server.signIn(login).close();
    }

    @Test
    void unknownTokenIsRefused() {
        try (MessengerClient client = server.connect()) {
            assertError(() -> client.resume("not-a-token"), ErrorCode.AUTH_FAILED);
            assertError(() -> client.resume(null), ErrorCode.BAD_REQUEST);
        }
    }

    @Test
    void logoutRevokesTheTokenOnEveryConnectionOfTheDevice() {
        try (TestServer.Device device = server.newUser("logout");
                MessengerClient second = server.resume(device.token());
                TestServer.Device otherDevice = server.signIn(device.login())) {
            PushCollector revokedInbox = new PushCollector();
            second.setPushListener(revokedInbox);
            second.subscribe();
            PushCollector otherInbox = new PushCollector();
            otherDevice.client().setPushListener(otherInbox);
            otherDevice.client().subscribe();
            device.client().logout();
            assertError(() -> device.client().history(null, 1), ErrorCode.UNAUTHENTICATED);
            assertError(() -> second.history(null, 1), ErrorCode.UNAUTHENTICATED);
            long afterLogout = otherDevice.client().send("after-logout", "not for the signed-out device", null).id();
            await().atMost(Duration.ofSeconds(10)).until(() -> otherInbox.ids().contains(afterLogout));
            assertThat(revokedInbox.ids()).as("a signed-out connection gets no pushes").doesNotContain(afterLogout);
            try (MessengerClient again = server.connect()) {
                assertError(() -> again.resume(device.token()), ErrorCode.AUTH_FAILED);
            }
            assertThat(otherDevice.client().history(null, 1).messages()).isNotNull();
        }
    }

    /** Someone holding another's token who then signs in as themselves on the same connection. */
    @Test
    void signingInAsAnotherDeviceEndsTheSubscriptionOfTheOneBefore() {
        try (TestServer.Device alice = server.newUser("victim");
                TestServer.Device mallory = server.newUser("switcher");
                MessengerClient stolen = server.resume(alice.token())) {
            PushCollector stolenInbox = new PushCollector();
            stolen.setPushListener(stolenInbox);
            stolen.subscribeAll();
            stolen.login(mallory.login(), PASSWORD, "switched");
            alice.client().logout();
            try (TestServer.Device aliceElsewhere = server.signIn(alice.login())) {
                PushCollector aliceInbox = new PushCollector();
                aliceElsewhere.client().setPushListener(aliceInbox);
                aliceElsewhere.client().subscribeAll();
                Conversation secret = aliceElsewhere.client().createRoom("secret-" + UUID.randomUUID(), null,
                        Conversation.PRIVATE);
                long whispered = aliceElsewhere.client().send(secret.id(), "whisper", "for alice only", null).id();

                await().atMost(Duration.ofSeconds(10)).until(() -> aliceInbox.ids().contains(whispered));
                long mallorysOwn = mallory.client().send("own", "mallory's own, in general", null).id();
                await().atMost(Duration.ofSeconds(10)).until(() -> aliceInbox.ids().contains(mallorysOwn));
                assertThat(stolenInbox.ids()).as("pushes of the device signed in before").doesNotContain(whispered);
                assertThat(stolenInbox.events).as("events of the device signed in before")
                        .noneMatch(event -> event.conversation() == secret.id());
            }
        }
    }

    @Test
    void aResumeRacingALogoutOfItsDeviceNeverStaysSignedInWithTheRevokedToken() {
        String login = server.newUser("race").login();
        for (int round = 0; round < 8; round++) {
            try (TestServer.Device device = server.signIn(login);
                    MessengerClient racer = server.connect()) {
                CompletableFuture<Frame> resume = racer.call("resume", new Requests.Resume(device.token()), null);
                CompletableFuture<Frame> logout = device.client().call("logout", null, null);
                device.client().await(logout);
                try {
                    racer.await(resume);
                    assertError(() -> racer.history(null, 1), ErrorCode.UNAUTHENTICATED);
                } catch (MessengerException refused) {
                    assertThat(refused.code()).isEqualTo(ErrorCode.AUTH_FAILED);
                }
            }
        }
    }

    @Test
    void unknownTypeIsReportedToASignedInConnectionWhichStaysUsable() {
        try (TestServer.Device device = server.newUser("unknown")) {
            assertError(() -> device.client().request("no.such.type", null), ErrorCode.UNKNOWN_TYPE);
            assertThat(device.client().ping()).isNotNull();
        }
    }

    @Test
    void aStrangerGetsUnauthenticatedForAnUnknownTypeAsForAnyOtherItMayNotUse() {
        try (MessengerClient client = server.connect()) {
            assertError(() -> client.request("no.such.type", null), ErrorCode.UNAUTHENTICATED);
            assertError(() -> client.request("history", null), ErrorCode.UNAUTHENTICATED);
            assertThat(client.ping()).isNotNull();
        }
    }

    @Test
    void anErrorQuotesAHugeTypeCutShortSoTheReplyStaysWithinTheHeaderLimit() {
        String hugeType = "x".repeat(65_000);
        try (TestServer.Device device = server.newUser("huge-type")) {
            MessengerException error = catchError(() -> device.client().request(hugeType, null));
            assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_TYPE);
            assertThat(error.getMessage().length()).isLessThan(200);
            assertThat(device.client().ping()).isNotNull();
        }
    }
}
