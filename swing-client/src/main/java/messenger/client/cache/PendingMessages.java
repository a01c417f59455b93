package messenger.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages written here that the server has not stored yet, with the {@code clientMsgId} every re-send repeats,
 * so that one sent again after a crash is stored once. Kept until the server stores or refuses them.
 */
public final class PendingMessages {

    /** One message waiting to be sent; {@code replyTo} null when it answers none. */
    public record Pending(String clientMsgId, long conversation, String text, Long replyTo, Instant written) {
    }

    private final Connection connection;

    PendingMessages(Connection connection) {
        this.connection = connection;
    }

    public void add(Pending pending) {
        synchronized (connection) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO pending"
                    + " (client_msg_id, conversation, text, reply_to, written) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, pending.clientMsgId());
                insert.setLong(2, pending.conversation());
                insert.setString(3, pending.text());
                if (pending.replyTo() == null) {
                    insert.setNull(4, java.sql.Types.INTEGER);
                } else {
                    insert.setLong(4, pending.replyTo());
                }
                insert.setString(5, pending.written().toString());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** The server stored or refused it: nothing more to send. */
    public void remove(String clientMsgId) {
        synchronized (connection) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM pending WHERE client_msg_id = ?")) {
                delete.setString(1, clientMsgId);
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** Signing out: none of the messages waiting is to be sent any more, now or at a later sign-in. */
    public void removeAll() {
        synchronized (connection) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pending")) {
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** Every message waiting, oldest first. */
    public List<Pending> all() {
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement("SELECT client_msg_id, conversation, text,"
                    + " reply_to, written FROM pending ORDER BY written, rowid");
                 ResultSet r = select.executeQuery()) {
                List<Pending> all = new ArrayList<>();
                while (r.next()) {
                    long replyTo = r.getLong(4);
                    Long answered = r.wasNull() ? null : replyTo;
                    all.add(new Pending(r.getString(1), r.getLong(2), r.getString(3), answered,
                            Instant.parse(r.getString(5))));
                }
                return all;
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }
}
