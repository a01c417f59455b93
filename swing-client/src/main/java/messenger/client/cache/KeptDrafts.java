package messenger.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What was written and not sent in each conversation, kept across restarts: the {@link #MOST} last written, each
 * cut to {@link #LONGEST} characters, so a forgotten draft cannot make the file grow without end.
 */
public final class KeptDrafts {

    static final int MOST = 100;
    static final int LONGEST = 20_000;

    /** A draft's text, and the id of the message it answers (null: none). */
    public record Kept(long conversation, String text, Long replyTo) {
    }

    private final Connection connection;

    KeptDrafts(Connection connection) {
        this.connection = connection;
    }

    /** Keeps the draft of a conversation, in place of the one kept before. */
    public void keep(long conversation, String text, Long replyTo, Instant written) {
        synchronized (connection) {
            try (Transaction transaction = new Transaction(connection);
                 PreparedStatement upsert = connection.prepareStatement("INSERT INTO draft (conversation, text,"
                         + " reply_to, written) VALUES (?, ?, ?, ?) ON CONFLICT (conversation) DO UPDATE SET"
                         + " text = excluded.text, reply_to = excluded.reply_to, written = excluded.written");
                 PreparedStatement oldest = connection.prepareStatement("DELETE FROM draft WHERE conversation"
                         + " NOT IN (SELECT conversation FROM draft ORDER BY written DESC LIMIT ?)")) {
                upsert.setLong(1, conversation);
                upsert.setString(2, cut(text));
                PendingMessages.setOrNull(upsert, 3, replyTo);
                upsert.setLong(4, written.toEpochMilli());
                upsert.executeUpdate();
                oldest.setInt(1, MOST);
                oldest.executeUpdate();
                transaction.commit();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    public void forget(long conversation) {
        synchronized (connection) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM draft WHERE conversation = ?")) {
                delete.setLong(1, conversation);
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    public void forgetAll() {
        synchronized (connection) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM draft")) {
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    public List<Kept> all() {
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT conversation, text, reply_to FROM draft ORDER BY conversation");
                 ResultSet result = select.executeQuery()) {
                List<Kept> kept = new ArrayList<>();
                while (result.next()) {
                    long replyTo = result.getLong(3);
                    kept.add(new Kept(result.getLong(1), result.getString(2), result.wasNull() ? null : replyTo));
                }
                return kept;
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /** At most {@link #LONGEST} characters, never half a surrogate pair. */
    private static String cut(String text) {
        if (text.length() <= LONGEST) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
        return text.substring(0, end);
    }
}
