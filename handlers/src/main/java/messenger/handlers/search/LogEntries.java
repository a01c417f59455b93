package messenger.handlers.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import messenger.handlers.chat.MessageCounterEntity;
import messenger.protocol.ConversationEvent;

/**
 * What the indexer reads of the message log, by id: the next messages and the next edits and deletions, each
 * with its message's current row. Runs inside the caller's transaction.
 */
final class LogEntries {

    /** A message's current row; {@code deleted} when it is gone (its text and file name are then null). */
    record Row(long id, long conversation, long sender, Instant at, String text, String fileName, boolean deleted) {
    }

    /**
     * The rows to (re-)index in log order, the id of the last log entry they cover, and whether the log may go on
     * past it ({@code more}: a read reached its limit), so that a caller at the log's head stops there.
     */
    record Batch(List<Row> rows, long upTo, boolean more) {
    }

    private static final String ROW = "select m.id, m.conversationId, m.sender.id, m.createdAt, m.text, f.name,"
            + " m.deletedAt from MessageEntity m left join m.file f ";

    private LogEntries() {
    }

    /**
     * Up to {@code count} log entries with id &gt; {@code after}: new messages, and messages edited or deleted. Both
     * reads stop at the newest committed id, so that neither passes over an entry the other has not seen.
     */
    static Batch after(long after, int count) {
        long head = MessageCounterEntity.lastCommittedId();
        if (head <= after) {
            return new Batch(List.of(), after, false);
        }
        TreeMap<Long, Long> messageOfEntry = new TreeMap<>();
        List<Row> fresh = rows(ROW + "where m.id > ?1 and m.id <= ?2 order by m.id", count, after, head);
        fresh.forEach(row -> messageOfEntry.put(row.id(), row.id()));
        // a full page of fresh messages ends the batch at its last one: no edit after it is needed now
        long editsUpTo = fresh.size() == count ? fresh.get(count - 1).id() : head;
        List<Object[]> edits = Panache.getEntityManager().createQuery("select e.id, e.messageId from EventEntity e"
                        + " where e.id > ?1 and e.id <= ?3 and e.kind in ?2 order by e.id", Object[].class)
                .setParameter(1, after)
                .setParameter(2, List.of(ConversationEvent.EDITED, ConversationEvent.DELETED))
                .setParameter(3, editsUpTo)
                .setMaxResults(count)
                .getResultList();
        edits.forEach(event -> messageOfEntry.put((Long) event[0], (Long) event[1]));
        if (messageOfEntry.isEmpty()) {
            return new Batch(List.of(), after, false);
        }
        long upTo = messageOfEntry.keySet().stream().skip(Math.min(count, messageOfEntry.size()) - 1L).findFirst()
                .orElseThrow();
        List<Long> changed = messageOfEntry.headMap(upTo, true).entrySet().stream()
                .filter(entry -> !entry.getKey().equals(entry.getValue())).map(Map.Entry::getValue)
                .distinct().toList();
        List<Row> batch = new ArrayList<>(fresh.stream().filter(row -> row.id() <= upTo).toList());
        batch.addAll(byIds(changed));
        boolean more = messageOfEntry.size() > count || fresh.size() == count || edits.size() == count;
        return new Batch(batch, upTo, more);
    }

    private static List<Row> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>(rows(ROW + "where m.id in ?1", ids.size(), ids));
        rows.sort(Comparator.comparingLong(Row::id));
        return rows;
    }

    private static List<Row> rows(String query, int count, Object... parameters) {
        TypedQuery<Object[]> typed = Panache.getEntityManager().createQuery(query, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            typed.setParameter(i + 1, parameters[i]);
        }
        return typed.setMaxResults(count)
                .getResultList().stream()
                .map(row -> new Row((Long) row[0], (Long) row[1], (Long) row[2], (Instant) row[3], (String) row[4],
                        (String) row[5], row[6] != null))
                .toList();
    }
}
