package messenger.client.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One account's cache on this computer ({@code cache.db} in its {@link DataFolder}): the conversations, their
 * messages with a full-text index, the messages written and not yet stored by the server, the sync cursor and the
 * sealed device token. Thread-safe: every part locks the one connection.
 */
public final class AccountCache implements AutoCloseable {

    static final String FILE = "cache.db";
    private static final String CURSOR = "cursor";
    private static final String TOKEN = "device-token";
    private static final String LOGIN = "login";

    private final Path folder;
    private final Connection connection;
    private final KeptStretches stretches;
    private final CachedMessages messages;
    private final CachedConversations conversations;
    private final PendingMessages pending;
    private final KeptDrafts drafts;
    private final LocalSearch search;

    private AccountCache(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
        this.stretches = new KeptStretches(connection);
        this.messages = new CachedMessages(connection, stretches);
        this.conversations = new CachedConversations(connection);
        this.pending = new PendingMessages(connection);
        this.drafts = new KeptDrafts(connection);
        this.search = new LocalSearch(connection);
    }

    /** Opens (or creates, or rebuilds when damaged) the cache in {@code folder}. */
    public static AccountCache open(Path folder, Clock clock) throws IOException {
        try {
            return new AccountCache(folder, CacheFile.open(folder.resolve(FILE), clock));
        } catch (SQLException e) {
            throw new IOException("cannot open the cache in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A cache in memory only, for when the folder cannot be written: the chat works, nothing is kept. */
    public static AccountCache temporary(Path folder) {
        try {
            return new AccountCache(folder, CacheFile.inMemory());
        } catch (SQLException e) {
            throw new CacheException(e);
        }
    }

    public CachedMessages messages() {
        return messages;
    }

    /** Where the kept messages of a conversation are known to follow each other without a gap. */
    public KeptStretches stretches() {
        return stretches;
    }

    public CachedConversations conversations() {
        return conversations;
    }

    public PendingMessages pending() {
        return pending;
    }

    public KeptDrafts drafts() {
        return drafts;
    }

    public LocalSearch search() {
        return search;
    }

    /** The highest id of messages and events stored here; empty for a new cache. */
    public Optional<Long> cursor() {
        return meta(CURSOR).map(Long::valueOf);
    }

    public void setCursor(long cursor) {
        setMeta(CURSOR, Long.toString(cursor));
    }

    /**
     * Keeps the device token, sealed with the password, and the login as registered, for signing in while the
     * server cannot be reached.
     */
    public void rememberToken(String login, String token, String password) {
        setMeta(LOGIN, login);
        setMeta(TOKEN, SealedToken.seal(token, password));
    }

    /** Forgets the device token kept for signing in without the server: the device has signed out. */
    public void forgetToken() {
        synchronized (connection) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM meta WHERE key = ?")) {
                delete.setString(1, TOKEN);
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** The login as registered, once a sign-in was remembered. */
    public Optional<String> login() {
        return meta(LOGIN);
    }

    /** The device token kept here, if there is one and {@code password} is the one it was sealed with. */
    public Optional<String> token(String password) {
        return meta(TOKEN).flatMap(sealed -> SealedToken.open(sealed, password));
    }

    Optional<String> meta(String key) {
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    void setMeta(String key, String value) {
        synchronized (connection) {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** Closes the cache and deletes this account's folder, everything the client kept of it on this computer. */
    public void closeAndDelete() throws IOException {
        close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
