package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.TransferListener;
import messenger.testkit.ServerProcess;
import messenger.testkit.SharedDatabase;
import org.junit.jupiter.api.Test;

/**
 * The packaged server with {@code quarkus.log.console.json.enabled=true}: every line it prints is one JSON object,
 * account events carry the connection, request type and login (MDC), no password or token is ever printed, and
 * an ordinary session (start-up included) gives an operator no warning to look into. A connection's own lines (here a
 * bad frame, at DEBUG) carry its id too. A wait for Liquibase's lock at start-up is a JSON line as well.
 */
class StructuredLogIT {

    private static final String LOGIN = "log-user";
    private static final String PASSWORD = "password-in-no-log";
    private static final String WRONG_PASSWORD = "wrong-password-in-no-log";
    /** A password typed into the login field: a valid login, but no account's. */
    private static final String PASSWORD_AS_LOGIN = "Tr0ub4dor.and.3";

    @Test
    void everyLineIsJsonWithRequestContextAndNoSecretsOrWarnings() throws Exception {
        Path dir = Path.of("target", "it-json-log-" + System.nanoTime());
        Path notes = Files.createDirectories(dir).resolve("notes.txt");
        Files.writeString(notes, "a small file");
        String token;
        // the production password cost (the suite's servers hash at 4, which the server rightly warns about)
        ServerProcess server = ServerProcess.start(dir.resolve("data"), Map.of(
                "quarkus.log.console.json.enabled", "true",
                "quarkus.log.category.\"messenger.server.transport\".level", "DEBUG",
                "messenger.password-hash-cost", "12"));
        try (server; MessengerClient client = server.connect(); MessengerClient intruder = server.connect()) {
            client.register(LOGIN, PASSWORD);
            token = client.login(LOGIN, PASSWORD, "laptop").token();
            client.send("log-1", "hello", null);
            assertThatThrownBy(() -> intruder.login(LOGIN, WRONG_PASSWORD, "guess"))
                    .isInstanceOfSatisfying(MessengerException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTH_FAILED));
            assertThatThrownBy(() -> intruder.login(PASSWORD_AS_LOGIN, PASSWORD, "guess"))
                    .isInstanceOfSatisfying(MessengerException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTH_FAILED));
            try (MessengerClient fileConnection = server.connect()) {
                fileConnection.resume(token);
                client.send("log-2", "the notes", fileConnection.upload(notes, "notes.txt", TransferListener.NONE).id());
            }
            client.logout();
            sendABadFrame(server.port());
        }

        String log = Files.readString(server.log(), StandardCharsets.UTF_8);
        assertThat(log).as("the server output").doesNotContain(PASSWORD, WRONG_PASSWORD, PASSWORD_AS_LOGIN, token);
        List<JsonObject> lines = jsonLines(log);
        assertThat(lines).anySatisfy(line -> assertThat(line.get("message").getAsString()).contains("listening"));
        assertThat(lines).as("warnings and errors")
                .filteredOn(line -> List.of("WARN", "ERROR").contains(line.get("level").getAsString())).isEmpty();
        assertThat(lines).as("a connection's own lines carry its id")
                .filteredOn(line -> line.get("message").getAsString().contains("sent a bad frame")).singleElement()
                .satisfies(line -> assertThat(line.getAsJsonObject("mdc").get("connection").getAsLong()).isPositive());
        assertThat(withMdc(lines, "register")).singleElement()
                .satisfies(line -> assertThat(line.get("message").getAsString()).contains("account " + LOGIN));
        assertThat(withMdc(lines, "login")).extracting(line -> line.get("message").getAsString()).satisfiesExactly(
                signedIn -> assertThat(signedIn).startsWith(LOGIN + " signed in as new device "),
                failed -> assertThat(failed).isEqualTo("failed sign-in as " + LOGIN + " from 127.0.0.1"),
                unknown -> assertThat(unknown).isEqualTo("failed sign-in with an unknown login from 127.0.0.1"));
        assertThat(withMdc(lines, "logout")).singleElement().satisfies(line ->
                assertThat(line.getAsJsonObject("mdc").get("login").getAsString()).isEqualTo(LOGIN));
    }

    /**
     * Servers starting together on an empty database take Liquibase's lock in turn; one that finds it held (here by
     * the test, as another server would hold it) says so in a JSON line. Liquibase itself printed "Waiting for
     * changelog lock...." to stdout at every poll, whatever UI service its scope named.
     */
    @Test
    void aServerWaitingForTheSchemaLockSaysSoInJson() throws Exception {
        Path data = Path.of("target", "it-json-lock-" + System.nanoTime()).resolve("data");
        String url = SharedDatabase.datasourceSettings(data).get("quarkus.datasource.jdbc.url");
        try (Connection otherServer = DriverManager.getConnection(url, "root", "")) {
            holdLiquibaseLock(otherServer, true);
            CompletableFuture<ServerProcess> starting = CompletableFuture.supplyAsync(() -> {
                try {
                    return ServerProcess.start(data, Map.of("quarkus.log.console.json.enabled", "true",
                            "liquibase.changelogLockPollRate", "1"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Path log = data.resolve("server.log");
            Throwable notWaiting = catchThrowable(() -> await().atMost(Duration.ofMinutes(2)).until(() ->
                    Files.exists(log) && Files.readString(log).toLowerCase(Locale.ROOT)
                            .matches("(?s).*waiting for [^\\n]*lock.*")));
            holdLiquibaseLock(otherServer, false);
            try (ServerProcess server = starting.join()) {
                assertThat(notWaiting).as("the server waited for the lock").isNull();
            }
        }

        List<JsonObject> lines = jsonLines(Files.readString(data.resolve("server.log"), StandardCharsets.UTF_8));
        assertThat(lines).extracting(line -> line.get("message").getAsString())
                .anySatisfy(message -> assertThat(message).startsWith("waiting for Liquibase's lock"))
                .anySatisfy(message -> assertThat(message).contains("listening"));
    }

    /** Takes or lets go of Liquibase's lock, as a server migrating the schema does. */
    private static void holdLiquibaseLock(Connection db, boolean hold) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("create table if not exists DATABASECHANGELOGLOCK (ID int not null primary key,"
                    + " LOCKED bit(1) not null, LOCKGRANTED datetime null, LOCKEDBY varchar(255) null)");
            statement.execute(hold
                    ? "replace into DATABASECHANGELOGLOCK values (1, 1, now(), 'another server (StructuredLogIT)')"
                    : "update DATABASECHANGELOGLOCK set LOCKED = 0, LOCKGRANTED = null, LOCKEDBY = null");
        }
    }

    private static void sendABadFrame(int port) throws Exception {
        try (RawConnection raw = new RawConnection(port)) {
            raw.send(RawConnection.frame("[]", new byte[0]));
            assertThat(raw.read().header().get("code").getAsString()).isEqualTo(ErrorCode.BAD_FRAME.name());
        }
    }

    /** Every line parsed as one JSON object; an empty line or anything else fails the test. */
    private static List<JsonObject> jsonLines(String log) {
        return log.lines().map(line -> {
            try {
                return JsonParser.parseString(line).getAsJsonObject();
            } catch (JsonParseException | IllegalStateException e) {
                throw new AssertionError("not one JSON object: " + line, e);
            }
        }).toList();
    }

    /** The lines logged while a request of this type was handled, each checked to name its connection. */
    private static List<JsonObject> withMdc(List<JsonObject> lines, String type) {
        List<JsonObject> matching = lines.stream()
                .filter(line -> line.has("mdc") && line.getAsJsonObject("mdc").has("type"))
                .filter(line -> line.getAsJsonObject("mdc").get("type").getAsString().equals(type))
                .toList();
        assertThat(matching).allSatisfy(line ->
                assertThat(line.getAsJsonObject("mdc").get("connection").getAsLong()).isPositive());
        return matching;
    }
}
