package messenger.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import messenger.protocol.FileInfo;

/**
 * Messages written or files shared here that the server has not stored yet, with the {@code clientMsgId} every
 * re-send repeats, so that one sent again after a crash is stored once. Kept until the server stores them; one it
 * refused stays, marked with the problem as the user reads it, never sent again by itself, until the user tries it
 * again (it waits once more) or discards it.
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

    /** A message the server (or the full outbox) refused: {@code problem} says why, as the user reads it. */
    public record Refused(Pending message, String problem) {
    }

    private static final String COLUMNS = "SELECT p.client_msg_id, p.conversation, p.text, p.reply_to, p.written,"
            + " f.id, f.name, f.size, f.sha256, p.refused FROM pending p LEFT JOIN file f ON f.id = p.file";

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

    /** The server stored it, or the user discarded it after a refusal: nothing more to send or show. */
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

    /** The server refused it: kept with {@code problem}, no longer waiting to be sent. */
    public void refuse(String clientMsgId, String problem) {
        synchronized (connection) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE pending SET refused = ? WHERE client_msg_id = ?")) {
                update.setString(1, problem);
                update.setString(2, clientMsgId);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /**
     * The user tries a refused message again: it waits to be sent once more, in its place among the others by the
     * time it was written. The message as kept here, with all it was sent with; one no longer kept (discarded
     * meanwhile in another window, or the cache could not keep it) is kept again as {@code refused} tells it.
     */
    public Pending retry(Pending refused) {
        synchronized (connection) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE pending SET refused = NULL WHERE client_msg_id = ?")) {
                update.setString(1, refused.clientMsgId());
                if (update.executeUpdate() == 0) {
                    add(refused);
                    return refused;
                }
                return read(COLUMNS + " WHERE p.client_msg_id = ?", refused.clientMsgId()).stream()
                        .map(Refused::message).findFirst().orElse(refused);
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** Signing out: none of the messages waiting or refused is kept any more, for a later sign-in. */
    public void removeAll() {
        synchronized (connection) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pending")) {
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** Every message waiting to be sent, oldest first; the refused ones are not. */
    public List<Pending> all() {
        return read(COLUMNS + " WHERE p.refused IS NULL ORDER BY p.written, p.rowid").stream()
                .map(Refused::message).toList();
    }

    /** The refused messages of one conversation, oldest first: at most the {@code limit} newest. */
    public List<Refused> refusedIn(long conversation, int limit) {
        List<Refused> newestFirst = read(COLUMNS + " WHERE p.refused IS NOT NULL AND p.conversation = ?"
                + " ORDER BY p.written DESC, p.rowid DESC LIMIT ?", conversation, limit);
        List<Refused> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** How many refused messages each conversation holds, those with none left out. */
    public Map<Long, Integer> refusedCounts() {
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement("SELECT conversation, count(*) FROM pending"
                    + " WHERE refused IS NOT NULL GROUP BY conversation ORDER BY conversation");
                 ResultSet r = select.executeQuery()) {
                Map<Long, Integer> counts = new LinkedHashMap<>();
                while (r.next()) {
                    counts.put(r.getLong(1), r.getInt(2));
                }
                return counts;
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    private List<Refused> read(String sql, Object... parameters) {
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet r = select.executeQuery()) {
                    List<Refused> all = new ArrayList<>();
                    while (r.next()) {
                        long replyTo = r.getLong(4);
                        Long answered = r.wasNull() ? null : replyTo;
                        long fileId = r.getLong(6);
                        FileInfo file = r.wasNull() ? null : new FileInfo(fileId, r.getString(7), r.getLong(8),
                                r.getString(9));
                        all.add(new Refused(new Pending(r.getString(1), r.getLong(2),
                                file == null ? r.getString(3) : null, answered, Instant.parse(r.getString(5)), file),
                                r.getString(10)));
                    }
                    return all;
                }
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    static void setOrNull(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
