package messenger.handlers.file;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database's named lock that lets one server of those sharing a database move files at a time: two copying the
 * same file would each cut the other's copy short, the one the first had switched readers to included. The lock
 * belongs to a connection held for the run (MySQL's and MariaDB's {@code GET_LOCK}), so it goes with the server that
 * dies, and a server that only stalls keeps it and lets nobody else start.
 */
final class MigrationLock implements AutoCloseable {

    static final String NAME = "messenger.file-migration";

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock when no other server holds it, else null. */
    static MigrationLock tryTake(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (ask(connection, "select get_lock(?, 0)")) {
                return new MigrationLock(connection);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    /** Whether this connection still holds it: a connection lost to a database restart loses the lock. */
    boolean held() {
        try {
            return ask(connection, "select is_used_lock(?) = connection_id()");
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            ask(connection, "select release_lock(?)");
        }
    }

    private static boolean ask(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, NAME);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }
}
