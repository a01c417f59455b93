package messenger.client.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens an account's cache database, creating its tables. A file that is not a SQLite database, or fails its
 * integrity check, is moved aside (its name with the time appended) and a new one made, to be filled again from
 * the server: a damaged cache never stops anyone from signing in. Any other failure (a full disk, a file another
 * process keeps busy) fails the open and leaves the file as it is, with the messages waiting in it.
 */
final class CacheFile {

    private static final System.Logger LOG = System.getLogger(CacheFile.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /**
     * The layout of the tables below, kept in the file's {@code user_version}. Layout 1 lacked
     * {@code conversation.general}, layouts 1 and 2 {@code pending.file}, layouts 1 to 3 {@code pending.refused}
     * (their pending rows all wait to be sent), layouts 1 to 4 {@code kept_stretch} and {@code draft}; such a
     * file is upgraded in place, keeping the messages written offline. What an older layout kept is taken as one stretch up to its
     * cursor, as it was read before: gaps in it stay unseen, those in what comes after are seen. Layouts 1 to 5
     * lack {@code kept_gap}: a room left and rejoined before the upgrade may hide that stretch offline.
     */
    private static final int LAYOUT = 6;
    private static final int FIRST_WITH_STRETCHES = 5;

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS conversation (id INTEGER PRIMARY KEY, room INTEGER NOT NULL, name TEXT NOT NULL,"
                + " topic TEXT NOT NULL, private INTEGER NOT NULL, members INTEGER NOT NULL, role TEXT,"
                + " last_activity TEXT NOT NULL, last_message INTEGER NOT NULL, unread INTEGER NOT NULL,"
                + " read_up_to INTEGER NOT NULL, mentions INTEGER NOT NULL, notifications TEXT NOT NULL,"
                + " general INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE IF NOT EXISTS message (id INTEGER PRIMARY KEY, conversation INTEGER NOT NULL,"
                + " json TEXT NOT NULL, folded TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS message_in_conversation ON message (conversation, id)",
        "CREATE TABLE IF NOT EXISTS draft (conversation INTEGER PRIMARY KEY, text TEXT NOT NULL,"
                + " reply_to INTEGER, written INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS kept_stretch (conversation INTEGER NOT NULL, low INTEGER NOT NULL,"
                + " high INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS kept_stretch_of_conversation ON kept_stretch (conversation, low)",
        "CREATE TABLE IF NOT EXISTS kept_gap (conversation INTEGER NOT NULL, low INTEGER NOT NULL,"
                + " high INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS kept_gap_of_conversation ON kept_gap (conversation, low)",
        "CREATE TABLE IF NOT EXISTS file (id INTEGER PRIMARY KEY, name TEXT NOT NULL, size INTEGER NOT NULL,"
                + " sha256 TEXT)",
        "CREATE TABLE IF NOT EXISTS pending (client_msg_id TEXT PRIMARY KEY, conversation INTEGER NOT NULL,"
                + " text TEXT NOT NULL, reply_to INTEGER, written TEXT NOT NULL, file INTEGER, refused TEXT)",
        "CREATE VIRTUAL TABLE IF NOT EXISTS message_words USING fts5 (folded, content='message',"
                + " content_rowid='id', tokenize='trigram')",
        "CREATE TRIGGER IF NOT EXISTS message_added AFTER INSERT ON message BEGIN"
                + " INSERT INTO message_words (rowid, folded) VALUES (new.id, new.folded); END",
        "CREATE TRIGGER IF NOT EXISTS message_removed AFTER DELETE ON message BEGIN"
                + " INSERT INTO message_words (message_words, rowid, folded) VALUES ('delete', old.id, old.folded);"
                + " END",
        "CREATE TRIGGER IF NOT EXISTS message_changed AFTER UPDATE ON message BEGIN"
                + " INSERT INTO message_words (message_words, rowid, folded) VALUES ('delete', old.id, old.folded);"
                + " INSERT INTO message_words (rowid, folded) VALUES (new.id, new.folded); END",
    };

    private CacheFile() {
    }

    /** The open database at {@code file}, a new one if it was missing or damaged. */
    static Connection open(Path file, Clock clock) throws IOException, SQLException {
        PrivateFolder.create(file.getParent());
        if (Files.exists(file)) {
            try {
                Connection existing = connect(file);
                try {
                    check(existing);
                    prepare(existing);
                    return existing;
                } catch (SQLException | RuntimeException e) {
                    existing.close();
                    throw e;
                }
            } catch (SQLException e) {
                if (!damaged(e)) {
                    throw e;
                }
                setAside(file, clock, e);
            }
        }
        Connection fresh = connect(file);
        prepare(fresh);
        return fresh;
    }

    static Connection inMemory() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        prepare(connection);
        return connection;
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** A file of another layout (another program's, or a later client's) counts as damaged as well. */
    private static void check(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
                String verdict = result.next() ? result.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw new Damaged("integrity check failed: " + verdict);
                }
            }
            int version = layoutOf(statement);
            int tables;
            try (ResultSet result = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = result.next() ? result.getInt(1) : 0;
            }
            if ((version < 1 || version > LAYOUT) && !(version == 0 && tables == 0)) {
                throw new Damaged("not a cache of this client (layout " + version + ")");
            }
        }
    }

    private static void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // two windows of one account share the file: wait for the other's write rather than fail
            statement.execute("PRAGMA busy_timeout=10000");
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=NORMAL");
            for (String table : SCHEMA) {
                statement.execute(table);
            }
            addColumn(statement, "conversation", "general", "INTEGER NOT NULL DEFAULT 0");
            addColumn(statement, "pending", "file", "INTEGER");
            addColumn(statement, "pending", "refused", "TEXT");
            // a write: only when needed, so that a file another process is writing to opens all the same
            int layout = layoutOf(statement);
            if (layout > 0 && layout < FIRST_WITH_STRETCHES) {
                statement.execute("INSERT INTO kept_stretch (conversation, low, high)"
                        + " SELECT 0, 0, CAST(value AS INTEGER) FROM meta WHERE key = 'cursor'");
            }
            if (layout != LAYOUT) {
                statement.execute("PRAGMA user_version=" + LAYOUT);
            }
        }
    }

    /**
     * A column an older layout lacks. Idempotent: another window of the account may be opening the same file at
     * this moment.
     */
    private static void addColumn(Statement statement, String table, String column, String definition)
            throws SQLException {
        if (hasColumn(statement, table, column)) {
            return;
        }
        try {
            statement.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + definition);
        } catch (SQLException e) {
            if (!hasColumn(statement, table, column)) {
                throw e;
            }
        }
    }

    private static boolean hasColumn(Statement statement, String table, String column) throws SQLException {
        try (ResultSet columns = statement.executeQuery("SELECT count(*) FROM pragma_table_info('" + table
                + "') WHERE name = '" + column + "'")) {
            return columns.next() && columns.getInt(1) > 0;
        }
    }

    private static int layoutOf(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : -1;
        }
    }

    private static boolean damaged(SQLException failure) {
        if (failure instanceof Damaged) {
            return true;
        }
        if (failure instanceof SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
        }
        return false;
    }

    private static void setAside(Path file, Clock clock, SQLException why) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + STAMP.format(clock.instant()));
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path extra = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(extra)) {
                Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        LOG.log(System.Logger.Level.WARNING, "The cache " + file + " was damaged (" + why.getMessage()
                + "); it was moved to " + aside + " and is filled again from the server.");
    }

    /** A file that is readable but not a sound cache of this client. */
    private static final class Damaged extends SQLException {

        Damaged(String reason) {
            super(reason);
        }
    }
}
