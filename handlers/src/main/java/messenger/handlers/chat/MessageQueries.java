package messenger.handlers.chat;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
final class MessageQueries {

    private static final String PAGE = "select m.id, m.sender.id, m.clientMsgId, m.text, m.createdAt,"
            + " f.id, f.name, f.size, f.sha256 from MessageEntity m left join m.file f ";

    private MessageQueries() {
    }

    /** Up to {@code count} messages with id &gt; {@code after}, ascending. */
    static List<Message> after(long after, int count) {
        return withSenders(page(PAGE + "where m.id > ?1 order by m.id", after, count));
    }

    /** Up to {@code count} of the newest messages with id &lt; {@code before} (all when null), ascending. */
    static List<Message> before(Long before, int count) {
        List<Object[]> ascending = new ArrayList<>(page(PAGE + "where m.id < ?1 order by m.id desc",
                before == null ? Long.MAX_VALUE : before, count));
        Collections.reverse(ascending);
        return withSenders(ascending);
    }

    static List<MessageEntity> bySenderAndClientIds(List<Long> senderIds, List<String> clientMsgIds) {
        return MessageEntity.list("from MessageEntity m left join fetch m.file "
                + "where m.sender.id in ?1 and m.clientMsgId in ?2", senderIds, clientMsgIds);
    }

    private static List<Object[]> page(String query, long bound, int count) {
        return Panache.getEntityManager().createQuery(query, Object[].class)
                .setParameter(1, bound)
                .setMaxResults(count)
                .getResultList();
    }

    private static List<Message> withSenders(List<Object[]> rows) {
        Map<Long, String> logins = logins(rows.stream().map(row -> (Long) row[1]).collect(Collectors.toSet()));
        List<Message> messages = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            FileInfo file = row[5] == null ? null
                    : new FileInfo((Long) row[5], (String) row[6], (Long) row[7], (String) row[8]);
            messages.add(new Message((Long) row[0], logins.get((Long) row[1]), Timestamps.format((Instant) row[4]),
                    (String) row[3], (String) row[2], file));
        }
        return messages;
    }

    private static Map<Long, String> logins(Set<Long> userIds) {
        Map<Long, String> logins = new HashMap<>();
        if (userIds.isEmpty()) {
            return logins;
        }
        Panache.getEntityManager()
                .createQuery("select u.id, u.login from UserEntity u where u.id in ?1", Object[].class)
                .setParameter(1, userIds)
                .getResultList()
                .forEach(row -> logins.put((Long) row[0], (String) row[1]));
        return logins;
    }
}
