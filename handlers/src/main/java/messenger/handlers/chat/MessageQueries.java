package messenger.handlers.chat;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Timestamps;

/**
 * Reads of the message log. A page is read from {@code messages} by primary-key range with its files, and the
 * senders' logins follow in one query by primary key. Joining {@code users} into the page query would let the
 * optimizer start from {@code users} when the table statistics are off, and scan the whole log.
 * Pages are read as plain values, never as entities: a page is a projection of exactly the columns a
 * {@link Message} needs, with no entity kept in the session.
 */
public final class MessageQueries {

    private static final String COLUMNS = "m.id, m.sender.id, m.clientMsgId, m.text, m.createdAt,"
            + " f.id, f.name, f.size, f.sha256, m.conversationId, m.editedAt, m.deletedAt, m.replyTo";
    private static final String PAGE = "select " + COLUMNS + " from MessageEntity m left join m.file f ";
    /**
     * The log's last committed id beside each message it bounds, read in the same statement. Not a join from the
     * counter's row: ordering by a table that is not the join's first makes MariaDB sort in a temporary table, on
     * disk since {@code messages} has text columns, and that made every read slower.
     */
    private static final String HEAD = "(select c.lastId from MessageCounterEntity c where c.id = ?2)";
    private static final String HEAD_AND_PAGE = "select " + HEAD + ", " + COLUMNS
            + " from MessageEntity m left join m.file f where m.id > ?1 and m.id <= " + HEAD + " order by m.id";

    private MessageQueries() {
    }

    /**
     * Up to {@code count} messages of one conversation with id &gt; {@code after}, ascending, as {@code reader}
     * sees them (its own reactions marked).
     */
    static List<Message> after(long conversationId, long after, int count, Long reader) {
        return withSenders(page(PAGE + "where m.conversationId = ?1 and m.id > ?2 order by m.id", count,
                conversationId, after), true, reader);
    }

    /** The newest committed id of the log, and the messages after a cursor up to it. */
    record Head(long lastCommittedId, List<Message> messages) {
    }

    /**
     * Up to {@code count} messages of every conversation with {@code after} &lt; id &le; the log's last committed
     * id ({@link MessageCounterEntity#lastCommittedId}), ascending, read with that id in one query when there are
     * any, as the log's pushes: without reactions, as each message was committed, since every reaction to it is
     * an event later in the log.
     */
    static Head afterInAll(long after, int count) {
        List<Object[]> rows = page(HEAD_AND_PAGE, count, after, MessageCounterEntity.THE_ROW);
        if (rows.isEmpty()) {
            // the head read after a query that found nothing may have moved past messages that query missed: read
            // them again up to it
            long head = MessageCounterEntity.lastCommittedId();
            return new Head(head, head <= after ? List.of()
                    : withSenders(page(PAGE + "where m.id > ?1 and m.id <= ?2 order by m.id", count, after, head),
                    false, null));
        }
        List<Object[]> messages = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            messages.add(Arrays.copyOfRange(row, 1, row.length));
        }
        return new Head((Long) rows.get(0)[0], withSenders(messages, false, null));
    }

    /**
     * Up to {@code count} messages of any of the conversations with {@code after} &lt; id &le; {@code upTo},
     * ascending, as {@code reader} sees them.
     */
    static List<Message> afterIn(Collection<Long> conversationIds, long after, long upTo, int count, Long reader) {
        return withSenders(page(PAGE + "where m.conversationId in ?1 and m.id > ?2 and m.id <= ?3 order by m.id",
                count, conversationIds, after, upTo), true, reader);
    }

    /**
     * Up to {@code count} of the newest messages of one conversation with id &lt; {@code before} (all when null),
     * ascending, as {@code reader} sees them.
     */
    static List<Message> before(long conversationId, Long before, int count, Long reader) {
        List<Object[]> ascending = new ArrayList<>(page(PAGE + "where m.conversationId = ?1 and m.id < ?2"
                + " order by m.id desc", count, conversationId, before == null ? Long.MAX_VALUE : before));
        Collections.reverse(ascending);
        return withSenders(ascending, true, reader);
    }

    /** The messages with these ids, ascending. */
    public static List<Message> byIds(Collection<Long> ids) {
        return byIds(ids, null);
    }

    /** The messages with these ids, ascending, as {@code reader} sees them. */
    public static List<Message> byIds(Collection<Long> ids, Long reader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withSenders(page(PAGE + "where m.id in ?1 order by m.id", ids.size(), ids), true, reader);
    }

    /** A message and who sent it. */
    record Sent(long senderId, Message message) {
    }

    /**
     * The messages any of these senders stored with any of these client ids, in their current state, each as its
     * sender sees it.
     */
    static List<Sent> bySenderAndClientIds(List<Long> senderIds, List<String> clientMsgIds) {
        List<Object[]> rows = page(PAGE + "where m.sender.id in ?1 and m.clientMsgId in ?2 order by m.id",
                senderIds.size() * clientMsgIds.size(), senderIds, clientMsgIds);
        List<Message> messages = withSendersReadBy(rows, true, row -> (Long) row[1]);
        List<Sent> sent = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            sent.add(new Sent((Long) rows.get(i)[1], messages.get(i)));
        }
        return sent;
    }

    private static List<Object[]> page(String query, int count, Object... parameters) {
        TypedQuery<Object[]> typed = Panache.getEntityManager().createQuery(query, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            typed.setParameter(i + 1, parameters[i]);
        }
        return typed.setMaxResults(count).getResultList();
    }

    /** Up to {@code count} messages of one conversation with id &gt;= {@code from}, ascending. */
    static List<Message> from(long conversationId, long from, int count, Long reader) {
        return after(conversationId, from - 1, count, reader);
    }

    /** {@code reader} (null: nobody) sees its own reactions marked {@code mine}. */
    private static List<Message> withSenders(List<Object[]> rows, boolean reactions, Long reader) {
        return withSendersReadBy(rows, reactions, row -> reader);
    }

    /** The reader of each row (null: nobody) sees its own reactions marked {@code mine}. */
    private static List<Message> withSendersReadBy(List<Object[]> rows, boolean reactions,
                                                   Function<Object[], Long> readerOf) {
        List<Long> standing = new ArrayList<>(rows.size());
        List<Long> mentioning = new ArrayList<>();
        Set<Long> users = new HashSet<>();
        Set<Long> replied = new HashSet<>();
        for (Object[] row : rows) {
            users.add((Long) row[1]);
            if (row[11] != null) {
                continue;
            }
            standing.add((Long) row[0]);
            if (Mentions.mayMention((String) row[3])) {
                mentioning.add((Long) row[0]);
            }
            if (row[12] != null) {
                replied.add((Long) row[12]);
            }
        }
        Set<Long> readers = new HashSet<>();
        rows.forEach(row -> {
            Long reader = readerOf.apply(row);
            if (reader != null) {
                readers.add(reader);
            }
        });
        LiveFields live = LiveFields.read(reactions ? standing : List.of(), readers, mentioning, replied, users);
        List<Message> messages = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = (Long) row[0];
            String at = Timestamps.format((Instant) row[4]);
            String from = live.login((Long) row[1]);
            if (row[11] != null) {
                messages.add(new Message(id, from, at, null, (String) row[2], null, (Long) row[9], null, true, null,
                        null, null));
                continue;
            }
            FileInfo file = row[5] == null ? null
                    : new FileInfo((Long) row[5], (String) row[6], (Long) row[7], (String) row[8]);
            messages.add(new Message(id, from, at, (String) row[3], (String) row[2], file, (Long) row[9],
                    row[10] == null ? null : Timestamps.format((Instant) row[10]), null,
                    row[12] == null ? null : live.quote((Long) row[12]), live.reactions(id, readerOf.apply(row)),
                    live.mentions(id)));
        }
        return messages;
    }
}
