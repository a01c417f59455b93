package messenger.handlers.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads of the message log. A page is read from {@code messages} by primary-key range with its files; the
 * senders follow in one batch-fetch by primary key. Joining {@code users} into the page query would let the
 * optimizer start from {@code users} when the table statistics are off, and scan the whole log.
 */
final class MessageQueries {

    private static final String FETCHED = "from MessageEntity m left join fetch m.file ";

    private MessageQueries() {
    }

    /** Up to {@code count} messages with id &gt; {@code after}, ascending. */
    static List<MessageEntity> after(long after, int count) {
        return MessageEntity.<MessageEntity>find(FETCHED + "where m.id > ?1 order by m.id", after)
                .range(0, count - 1)
                .list();
    }

    /** Up to {@code count} of the newest messages with id &lt; {@code before} (all when null), ascending. */
    static List<MessageEntity> before(Long before, int count) {
        List<MessageEntity> newestFirst = MessageEntity.<MessageEntity>find(
                        FETCHED + "where m.id < ?1 order by m.id desc", before == null ? Long.MAX_VALUE : before)
                .range(0, count - 1)
                .list();
        List<MessageEntity> ascending = new ArrayList<>(newestFirst);
        Collections.reverse(ascending);
        return ascending;
    }

    static List<MessageEntity> bySenderAndClientIds(List<Long> senderIds, List<String> clientMsgIds) {
        return MessageEntity.list(FETCHED + "where m.sender.id in ?1 and m.clientMsgId in ?2", senderIds, clientMsgIds);
    }
}
