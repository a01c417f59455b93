package messenger.client.cache;

import java.sql.Connection;
import java.sql.SQLException;

/** A transaction on the cache's connection: committed by {@link #commit}, else rolled back on close. */
final class Transaction implements AutoCloseable {

    private final Connection connection;
    private boolean done;

    Transaction(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    void commit() throws SQLException {
        connection.commit();
        done = true;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!done) {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
