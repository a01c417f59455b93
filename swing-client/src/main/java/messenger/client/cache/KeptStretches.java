package messenger.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The stretches of ids in which every message of a conversation is kept, so that two kept messages are known to
 * follow each other and not to have a gap between them, which the server would have to fill. A stretch of
 * {@link #EVERY} conversation is what the session delivered from the cursor on. Overlapping and adjoining stretches
 * are merged as they are added.
 */
public final class KeptStretches {

    /** The conversation of a stretch that holds for every conversation. */
    public static final long EVERY = 0;

    private static final String TOUCHING = " FROM kept_stretch WHERE conversation = ? AND low <= ? AND high >= ?";

    private final Connection connection;

    KeptStretches(Connection connection) {
        this.connection = connection;
    }

    /** Every message of {@code conversation} (or of {@link #EVERY} one) with {@code low <= id <= high} is kept. */
    public void keep(long conversation, long low, long high) {
        if (low > high) {
            return;
        }
        synchronized (connection) {
            try (Transaction transaction = new Transaction(connection);
                 PreparedStatement touching = connection.prepareStatement("SELECT min(low), max(high)" + TOUCHING);
                 PreparedStatement delete = connection.prepareStatement("DELETE" + TOUCHING);
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO kept_stretch (conversation, low, high) VALUES (?, ?, ?)")) {
                long mergedLow = low;
                long mergedHigh = high;
                bind(touching, conversation, low, high);
                try (ResultSet result = touching.executeQuery()) {
                    if (result.next() && result.getObject(1) != null) {
                        mergedLow = Math.min(low, result.getLong(1));
                        mergedHigh = Math.max(high, result.getLong(2));
                    }
                }
                bind(delete, conversation, low, high);
                delete.executeUpdate();
                insert.setLong(1, conversation);
                insert.setLong(2, mergedLow);
                insert.setLong(3, mergedHigh);
                insert.executeUpdate();
                transaction.commit();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** Whether every message of {@code conversation} with {@code after < id < before} is kept. */
    public boolean complete(long conversation, long after, long before) {
        long next = after + 1;
        if (next >= before) {
            return true;
        }
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement("SELECT low, high FROM kept_stretch"
                    + " WHERE conversation IN (?, ?) AND high >= ? AND low < ? ORDER BY low")) {
                select.setLong(1, conversation);
                select.setLong(2, EVERY);
                select.setLong(3, next);
                select.setLong(4, before);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next() && result.getLong(1) <= next) {
                        next = Math.max(next, result.getLong(2) + 1);
                    }
                }
                return next >= before;
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** Binds the stretches that overlap or adjoin {@code low..high}. */
    private static void bind(PreparedStatement statement, long conversation, long low, long high)
            throws SQLException {
        statement.setLong(1, conversation);
        statement.setLong(2, high + 1);
        statement.setLong(3, low - 1);
    }
}
