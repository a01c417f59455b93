package messenger.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Json;
import messenger.protocol.Message;
import messenger.protocol.Results.SearchHit;

/**
 * Searches the messages kept on this computer, newest first, the way the server's {@code search} does as far as it
 * can: every word must occur, case and accents do not count. Words of three characters or more go through the
 * full-text index (its trigrams find them anywhere in a word, and in text without spaces such as Chinese); a
 * shorter word is looked for in the messages themselves, as a whole word, or anywhere in text without spaces.
 * Only conversations the user is still in (those in the cached list) are searched.
 */
public final class LocalSearch {

    /** Words of fewer characters than a trigram cannot use the index. */
    private static final int INDEXED_LENGTH = 3;

    private final Connection connection;

    LocalSearch(Connection connection) {
        this.connection = connection;
    }

    /**
     * Up to {@code limit} hits with ids below {@code before} (null: from the newest), in {@code conversation}
     * (null: every one kept).
     */
    public List<SearchHit> find(String query, Long conversation, Long before, int limit) {
        List<String> words = Folding.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> indexed = words.stream().filter(word -> word.length() >= INDEXED_LENGTH).toList();
        List<String> shortWords = words.stream().filter(word -> word.length() < INDEXED_LENGTH).toList();
        StringBuilder sql = new StringBuilder("SELECT json FROM message WHERE folded <> '' AND id < ?"
                + " AND conversation IN (SELECT id FROM conversation)");
        List<Object> parameters = new ArrayList<>();
        parameters.add(before == null ? Long.MAX_VALUE : before);
        if (conversation != null) {
            sql.append(" AND conversation = ?");
            parameters.add(conversation);
        }
        if (!indexed.isEmpty()) {
            sql.append(" AND id IN (SELECT rowid FROM message_words WHERE message_words MATCH ?)");
            parameters.add(String.join(" AND ", indexed.stream().map(word -> "\"" + word + "\"").toList()));
        }
        for (String word : shortWords) {
            if (Matches.unspaced(word)) {
                sql.append(" AND instr(folded, ?) > 0");
                parameters.add(word);
            } else {
                sql.append(" AND instr(' ' || folded || ' ', ?) > 0");
                parameters.add(" " + word + " ");
            }
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        parameters.add(limit);
        synchronized (connection) {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        hits.add(Matches.hit(Json.GSON.fromJson(result.getString(1), Message.class), words));
                    }
                }
                return hits;
            } catch (SQLException e) {
                throw new CacheException(e);
            }
        }
    }
}
