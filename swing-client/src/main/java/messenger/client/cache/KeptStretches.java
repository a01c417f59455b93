package messenger.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of ids in which every message of a conversation is kept, so that two kept messages are known to
 * follow each other and not to have a gap between them, which the server would have to fill. A stretch of
 * {@link #EVERY} conversation is what the session delivered from the cursor on; it does not hold for a conversation
 * where the user was out of it meanwhile (a gap, from leaving to joining again). Overlapping and adjoining stretches
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

    /**
     * From {@code low} on, the stretches of {@link #EVERY} conversation no longer hold for this one: the user is no
     * longer in it, and the session delivers nothing of it, until {@link #inAgainFrom}.
     */
    public void outFrom(long conversation, long low) {
        synchronized (connection) {
            try (PreparedStatement open = connection.prepareStatement(
                    "SELECT 1 FROM kept_gap WHERE conversation = ? AND high = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO kept_gap (conversation, low, high) VALUES (?, ?, ?)")) {
                open.setLong(1, conversation);
                open.setLong(2, Long.MAX_VALUE);
                try (ResultSet result = open.executeQuery()) {
                    if (result.next()) {
                        return;
                    }
                }
                insert.setLong(1, conversation);
                insert.setLong(2, low);
                insert.setLong(3, Long.MAX_VALUE);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** The user is in the conversation again from {@code id} on: the gap since {@link #outFrom} ends before it. */
    public void inAgainFrom(long conversation, long id) {
        synchronized (connection) {
            try (PreparedStatement close = connection.prepareStatement(
                    "UPDATE kept_gap SET high = ? WHERE conversation = ? AND high = ?")) {
                close.setLong(1, id - 1);
                close.setLong(2, conversation);
                close.setLong(3, Long.MAX_VALUE);
                close.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /**
     * Whether every message of {@code conversation} with {@code after < id < before} is kept: by the conversation's
     * own stretches, or by those of {@link #EVERY} one outside the conversation's gaps.
     */
    public boolean complete(long conversation, long after, long before) {
        long next = after + 1;
        if (next >= before) {
            return true;
        }
        synchronized (connection) {
            try {
                List<long[]> own = ranges("kept_stretch", conversation, next, before);
                List<long[]> every = ranges("kept_stretch", EVERY, next, before);
                List<long[]> gaps = ranges("kept_gap", conversation, next, before);
                long reached;
                do {
                    reached = next;
                    next = past(own, next);
                    next = pastOutsideGaps(every, gaps, next);
                } while (next > reached && next < before);
                return next >= before;
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** The first id after the stretch holding {@code id}, or {@code id} when none holds it. */
    private static long past(List<long[]> stretches, long id) {
        for (long[] stretch : stretches) {
            if (stretch[0] <= id && id <= stretch[1]) {
                return stretch[1] + 1;
            }
        }
        return id;
    }

    /** As {@link #past}, but no further than the next gap, and not at all from inside one. */
    private static long pastOutsideGaps(List<long[]> stretches, List<long[]> gaps, long id) {
        long nextGap = Long.MAX_VALUE;
        for (long[] gap : gaps) {
            if (gap[0] <= id && id <= gap[1]) {
                return id;
            }
            if (gap[0] > id) {
                nextGap = Math.min(nextGap, gap[0]);
            }
        }
        return Math.min(past(stretches, id), nextGap);
    }

    /** The {@code [low, high]} rows of a table for one conversation that reach into {@code from..before-1}. */
    private List<long[]> ranges(String table, long conversation, long from, long before) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT low, high FROM " + table
                + " WHERE conversation = ? AND high >= ? AND low < ? ORDER BY low")) {
            select.setLong(1, conversation);
            select.setLong(2, from);
            select.setLong(3, before);
            List<long[]> ranges = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ranges.add(new long[] {result.getLong(1), result.getLong(2)});
                }
            }
            return ranges;
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
