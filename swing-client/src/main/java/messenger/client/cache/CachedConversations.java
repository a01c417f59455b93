package messenger.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import messenger.client.model.ConversationSummary;

/** The sidebar as it was last: every conversation of the user with its counts, replaced as a whole. */
public final class CachedConversations {

    private final Connection connection;

    CachedConversations(Connection connection) {
        this.connection = connection;
    }

    /** Keeps exactly these conversations (at most the 1,000 a user may be in). */
    public void replaceAll(List<ConversationSummary> conversations) {
        synchronized (connection) {
            try (Transaction transaction = new Transaction(connection);
                 Statement clear = connection.createStatement();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO conversation (id, room, name,"
                         + " topic, private, members, role, last_activity, last_message, unread, read_up_to, mentions,"
                         + " notifications, general) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                clear.executeUpdate("DELETE FROM conversation");
                for (ConversationSummary c : conversations) {
                    insert.setLong(1, c.id());
                    insert.setBoolean(2, c.isRoom());
                    insert.setString(3, c.name());
                    insert.setString(4, c.topic());
                    insert.setBoolean(5, c.isPrivate());
                    insert.setInt(6, c.members());
                    insert.setString(7, c.role());
                    insert.setString(8, c.lastActivity().toString());
                    insert.setLong(9, c.lastMessageId());
                    insert.setInt(10, c.unread());
                    insert.setLong(11, c.readUpTo());
                    insert.setInt(12, c.mentions());
                    insert.setString(13, c.notifications());
                    insert.setBoolean(14, c.isGeneral());
                    insert.addBatch();
                }
                insert.executeBatch();
                transaction.commit();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    public List<ConversationSummary> all() {
        synchronized (connection) {
            try (Statement select = connection.createStatement();
                 ResultSet r = select.executeQuery("SELECT id, room, name, topic, private, members, role,"
                         + " last_activity, last_message, unread, read_up_to, mentions, notifications, general"
                         + " FROM conversation ORDER BY id")) {
                List<ConversationSummary> all = new ArrayList<>();
                while (r.next()) {
                    all.add(new ConversationSummary(r.getLong(1), r.getBoolean(2), r.getString(3), r.getString(4),
                            r.getBoolean(5), r.getInt(6), r.getString(7), Instant.parse(r.getString(8)),
                            r.getLong(9), r.getInt(10), r.getLong(11), r.getInt(12), r.getString(13),
                            r.getBoolean(14)));
                }
                return all;
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }
}
