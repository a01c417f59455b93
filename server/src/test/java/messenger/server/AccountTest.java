package messenger.server;

import static messenger.server.TestServer.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import messenger.protocol.ErrorCode;
import messenger.protocol.FrameLimits;
import messenger.protocol.Results;
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
            device.client().logout();
            assertError(() -> device.client().history(null, 1), ErrorCode.UNAUTHENTICATED);
            assertError(() -> second.history(null, 1), ErrorCode.UNAUTHENTICATED);
            try (MessengerClient again = server.connect()) {
                assertError(() -> again.resume(device.token()), ErrorCode.AUTH_FAILED);
            }
            assertThat(otherDevice.client().history(null, 1).messages()).isNotNull();
        }
    }

    @Test
    void unknownTypeAndMissingIdAreReportedAndTheConnectionStaysUsable() {
        try (MessengerClient client = server.connect()) {
            assertError(() -> client.request("no.such.type", null), ErrorCode.UNKNOWN_TYPE);
            assertThat(client.ping()).isNotNull();
        }
    }

    static MessengerException catchError(Runnable call) {
        try {
            call.run();
        } catch (MessengerException e) {
            return e;
        }
        throw new AssertionError("the request succeeded but an error was expected");
    }

    static void assertError(Runnable call, ErrorCode code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(MessengerException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }
}
