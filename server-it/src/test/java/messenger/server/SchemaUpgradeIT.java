package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import messenger.protocol.Conversation;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.ServerProcess;
import messenger.testkit.SharedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the last release before conversations (the first eight change sets of the changelog) is
 * upgraded by the server at start-up, and everything in it is still there: accounts sign in with their passwords,
 * every message is a message of <i>general</i> with its id, text and file, every account is a member of it.
 */
class SchemaUpgradeIT {

    /** The change sets of 001 to 003, the schema of the release before conversations. */
    private static final int RELEASED_CHANGE_SETS = 8;
    private static final String PASSWORD = "correct horse battery";
    private static final byte[] FILE = "bytes of an old file".getBytes(StandardCharsets.UTF_8);

    @Test
    void aDatabaseOfTheReleasedSchemaLosesNothingInTheUpgrade(@TempDir Path dataDir) throws Exception {
        Map<String, String> datasource = SharedDatabase.datasourceSettings(dataDir);
        String url = datasource.get("quarkus.datasource.jdbc.url");
        releasedSchema(DriverManager.getConnection(url, "root", ""));
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            writeReleasedData(db);
        }

        try (ServerProcess server = ServerProcess.start(dataDir);
                MessengerClient alice = server.connect(); MessengerClient bob = server.connect()) {
            alice.login("alice", PASSWORD, "after the upgrade");
            bob.login("bob", PASSWORD, "after the upgrade");

            List<Message> history = bob.history(null, 10).messages();
            assertThat(history).extracting(Message::id, Message::from, Message::text, Message::conversation)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1L, "alice", "first", 1L),
                            org.assertj.core.groups.Tuple.tuple(2L, "bob", "second", 1L),
                            org.assertj.core.groups.Tuple.tuple(3L, "alice", null, 1L));
            FileInfo file = history.get(2).file();
            assertThat(file.name()).isEqualTo("old.txt");
            assertThat(bob.fileInfo(file.id())).as("posted in general: every member reads it").isEqualTo(file);
            assertThat(bob.sync(0, 100).messages()).isEqualTo(history);
            assertThat(bob.syncAll(0, 100).messages()).isEqualTo(history);
            List<Conversation> conversations = alice.conversations(null, 10).conversations();
            assertThat(conversations).singleElement().satisfies(general -> {
                assertThat(general.name()).isEqualTo("general");
                assertThat(general.members()).isEqualTo(2);
                assertThat(general.unread()).as("bob's message, never marked read").isEqualTo(1);
            });
            assertThat(alice.send("after-1", "the upgrade kept everything", null).id())
                    .as("ids go on after the stored ones").isEqualTo(4);
        }
    }

    /** Runs the released change sets; closing Liquibase closes {@code db}. */
    private static void releasedSchema(Connection db) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(db));
        try (Liquibase liquibase = new Liquibase("db/changelog.xml", new ClassLoaderResourceAccessor(), database)) {
            liquibase.update(RELEASED_CHANGE_SETS, new Contexts(), new LabelExpression());
        }
    }

    private static void writeReleasedData(Connection db) throws SQLException {
        Timestamp then = Timestamp.from(Instant.parse("2026-11-20T10:00:00Z"));
        for (String login : List.of("alice", "bob")) {
            execute(db, "insert into users (login, login_key, password_hash, created_at) values (?, ?, ?, ?)",
                    login, login, BcryptUtil.bcryptHash(PASSWORD, 4), then);
        }
        execute(db, "insert into files (id, owner_id, name, size, sha256, received, status, created_at, completed_at,"
                + " updated_at) values (1, 1, 'old.txt', ?, ?, ?, 'COMPLETE', ?, ?, ?)",
                (long) FILE.length, Sha256.hex(FILE), (long) FILE.length, then, then, then);
        execute(db, "insert into file_chunks (file_id, chunk_offset, data) values (1, 0, ?)", (Object) FILE);
        execute(db, "insert into messages (id, sender_id, client_msg_id, text, file_id, created_at) values"
                + " (1, 1, 'c-1', 'first', null, ?), (2, 2, 'c-2', 'second', null, ?), (3, 1, 'c-3', null, 1, ?)",
                then, then, then);
        execute(db, "update message_counter set last_id = 3 where id = 1");
    }

    private static void execute(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
