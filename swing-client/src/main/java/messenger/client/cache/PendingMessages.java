package messenger.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.FileInfo;

/**
 * Messages written or files shared here that the server has not stored yet, with the {@code clientMsgId} every
 * re-send repeats, so that one sent again after a crash is stored once. Kept until the server stores or refuses them.
 */
public final class PendingMessages {

    /** One message waiting to be sent: a text or, with {@code file}, a shared file; {@code replyTo} null if none. */
    public record Pending(String clientMsgId, long conversation, String text, Long replyTo, Instant written,
                          FileInfo file) {

        /** A text. */
        public Pending(String clientMsgId, long conversation, String text, Long replyTo, Instant written) {
            this(clientMsgId, conversation, text, replyTo, written, null);
        }

        /** A shared file. */
        public static Pending file(String clientMsgId, long conversation, FileInfo file, Instant written) {
            return new Pending(clientMsgId, conversation, null, null, written, file);
        }

        public Long fileId() {
            return file == null ? null : file.id();
        }
    }

    private final Connection connection;

    PendingMessages(Connection connection) {
        this.connection = connection;
    }

    public void add(Pending pending) {
        synchronized (connection) {
            try (Transaction transaction = new Transaction(connection);
                 PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO pending"
                         + " (client_msg_id, conversation, text, reply_to, written, file) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement file = connection.prepareStatement(FileRows.UPSERT)) {
                insert.setString(1, pending.clientMsgId());
                insert.setLong(2, pending.conversation());
                // a file has no text, and the column, as old as the first layout, may not be null
                insert.setString(3, pending.text() == null ? "" : pending.text());
                setOrNull(insert, 4, pending.replyTo());
                insert.setString(5, pending.written().toString());
                setOrNull(insert, 6, pending.fileId());
                insert.executeUpdate();
                if (pending.file() != null) {
                    FileRows.bind(file, pending.file());
                    file.executeUpdate();
                }
                transaction.commit();
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
            try (PreparedStatement select = connection.prepareStatement("SELECT p.client_msg_id, p.conversation,"
                    + " p.text, p.reply_to, p.written, f.id, f.name, f.size, f.sha256 FROM pending p"
                    + " LEFT JOIN file f ON f.id = p.file ORDER BY p.written, p.rowid");
                 ResultSet r = select.executeQuery()) {
                List<Pending> all = new ArrayList<>();
                while (r.next()) {
                    long replyTo = r.getLong(4);
                    Long answered = r.wasNull() ? null : replyTo;
                    long fileId = r.getLong(6);
                    FileInfo file = r.wasNull() ? null : new FileInfo(fileId, r.getString(7), r.getLong(8),
                            r.getString(9));
                    all.add(new Pending(r.getString(1), r.getLong(2), file == null ? r.getString(3) : null,
                            answered, Instant.parse(r.getString(5)), file));
                }
                return all;
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    private static void setOrNull(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
