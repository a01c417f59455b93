package messenger.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Json;
import messenger.protocol.Message;
import messenger.protocol.Results.MessagePage;

/**
 * The messages kept on this computer, each in its current state (edited text, deleted placeholder, reactions),
 * with their files' metadata, and indexed for {@link LocalSearch} by their folded text and file name.
 */
public final class CachedMessages {

    private final Connection connection;
    private final KeptStretches stretches;

    CachedMessages(Connection connection, KeptStretches stretches) {
        this.connection = connection;
        this.stretches = stretches;
    }

    /** Stores messages as the server sent them, replacing what was kept of them. */
    public void store(List<Message> messages) {
        write(messages, "DO UPDATE SET conversation = excluded.conversation, json = excluded.json,"
                + " folded = excluded.folded");
    }

    /**
     * Stores a message unless one with its id is kept already: the one kept may be newer, as the server answers a
     * repeated {@code send} with the message as first stored, without its later edits, deletion or reactions.
     */
    public void storeIfAbsent(Message message) {
        write(List.of(message), "DO NOTHING");
    }

    /** Inserts messages and their files' metadata; {@code onConflict} says what becomes of a message kept. */
    private void write(List<Message> messages, String onConflict) {
        if (messages.isEmpty()) {
            return;
        }
        synchronized (connection) {
            try (Transaction transaction = new Transaction(connection);
                 PreparedStatement upsert = connection.prepareStatement("INSERT INTO message (id, conversation,"
                         + " json, folded) VALUES (?, ?, ?, ?) ON CONFLICT (id) " + onConflict);
                 PreparedStatement file = connection.prepareStatement(FileRows.UPSERT)) {
                for (Message message : messages) {
                    if (message.conversation() == null) {
                        continue;
                    }
                    upsert.setLong(1, message.id());
                    upsert.setLong(2, message.conversation());
                    upsert.setString(3, Json.GSON.toJson(message));
                    upsert.setString(4, searchable(message));
                    upsert.addBatch();
                    if (message.file() != null) {
                        FileRows.bind(file, message.file());
                        file.addBatch();
                    }
                }
                upsert.executeBatch();
                file.executeBatch();
                transaction.commit();
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /**
     * An edit, deletion or reaction of a message kept here, as the reader {@code me} sees it; other events and
     * unknown messages change nothing.
     */
    public void apply(ConversationEvent event, String me) {
        if (event.message() == null) {
            return;
        }
        synchronized (connection) {
            find(event.message()).map(message -> MessageChanges.apply(message, event, me))
                    .ifPresent(changed -> store(List.of(changed)));
        }
    }

    public Optional<Message> find(long id) {
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement("SELECT json FROM message WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(Json.GSON.fromJson(result.getString(1), Message.class))
                            : Optional.empty();
                }
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /**
     * Up to {@code limit} of the newest messages of a conversation with an id below {@code before} (null: the
     * newest), ascending, without a gap between them or up to {@code before}: the page ends where messages may be
     * missing, which only the server can fill. {@code hasMore} when older ones are kept or may be missing.
     */
    public MessagePage page(long conversation, Long before, int limit) {
        List<Message> newestFirst = select("SELECT json FROM message WHERE conversation = ? AND id < ?"
                + " ORDER BY id DESC LIMIT ?", conversation, before == null ? Long.MAX_VALUE : before, limit + 1);
        List<Message> page = new ArrayList<>();
        Long above = before;
        for (Message message : newestFirst.subList(0, Math.min(limit, newestFirst.size()))) {
            if (above != null && !stretches.complete(conversation, message.id(), above)) {
                break;
            }
            page.add(message);
            above = message.id();
        }
        boolean hasMore = newestFirst.size() > page.size();
        java.util.Collections.reverse(page);
        return new MessagePage(page, hasMore);
    }

    /**
     * Up to {@code limit} of the oldest messages of a conversation with an id above {@code after}, ascending,
     * without a gap between them or from {@code after}; {@code hasNewer} when newer ones are kept or may be missing.
     */
    public MessagePage newer(long conversation, long after, int limit) {
        List<Message> oldestFirst = select("SELECT json FROM message WHERE conversation = ? AND id > ?"
                + " ORDER BY id LIMIT ?", conversation, after, limit + 1);
        List<Message> page = new ArrayList<>();
        long below = after;
        for (Message message : oldestFirst.subList(0, Math.min(limit, oldestFirst.size()))) {
            if (!stretches.complete(conversation, below, message.id())) {
                break;
            }
            page.add(message);
            below = message.id();
        }
        return new MessagePage(List.copyOf(page), null, false, oldestFirst.size() > page.size());
    }

    /** The messages a query of the message table's {@code json} finds, in its order. */
    private List<Message> select(String sql, long conversation, long id, int limit) {
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, conversation);
                select.setLong(2, id);
                select.setInt(3, limit);
                List<Message> found = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        found.add(Json.GSON.fromJson(result.getString(1), Message.class));
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }

    /**
     * Message {@code id} of a conversation with up to half of {@code limit} kept before it and the rest after it,
     * ascending, as the server's {@code history} around a message; {@code hasMore} and {@code hasNewer} say
     * whether older and newer ones are kept. Empty when the message is not kept.
     */
    public MessagePage around(long conversation, long id, int limit) {
        MessagePage upTo = page(conversation, id + 1, limit / 2 + 1);
        if (upTo.messages().isEmpty() || upTo.messages().get(upTo.messages().size() - 1).id() != id) {
            return new MessagePage(List.of(), null, false, false);
        }
        MessagePage after = newer(conversation, id, Math.max(1, limit - upTo.messages().size()));
        List<Message> messages = new ArrayList<>(upTo.messages());
        messages.addAll(after.messages());
        return new MessagePage(messages, null, upTo.hasMore(), after.hasNewer());
    }

    /** What search looks in: the folded text and file name; nothing of a deleted message. */
    static String searchable(Message message) {
        if (message.isDeleted()) {
            return "";
        }
        String text = message.text() == null ? "" : message.text();
        String file = message.file() == null ? "" : message.file().name();
        return Folding.fold(text + "\n" + file);
    }
}
