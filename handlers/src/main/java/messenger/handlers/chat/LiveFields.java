package messenger.handlers.chat;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import messenger.handlers.account.Logins;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;

/**
 * The live fields of a page of messages (reactions, mentions, the quoted originals of replies) and the logins
 * they and the senders name: a fixed number of queries for the whole page, whatever its size.
 */
final class LiveFields {

    private record Quoted(long id, long senderId, String text, String fileName, boolean deleted) {
    }

    private final Map<Long, Map<String, List<Long>>> reactions = new HashMap<>();
    private final Map<Long, List<Long>> mentions = new HashMap<>();
    private final Map<Long, Quoted> quoted = new HashMap<>();
    private Map<Long, String> logins = Map.of();

    private LiveFields() {
    }

    /**
     * The reactions to the messages {@code reacted} (none for messages read as committed), the mentions of
     * {@code mentioning} (only messages whose text {@link Mentions#mayMention may mention} someone have any), the
     * replies' originals {@code replied}, and the logins of these and of {@code senders}.
     */
    static LiveFields read(Collection<Long> reacted, Collection<Long> mentioning, Collection<Long> replied,
                           Collection<Long> senders) {
        LiveFields live = new LiveFields();
        Set<Long> users = new HashSet<>(senders);
        EntityManager em = Panache.getEntityManager();
        if (!reacted.isEmpty()) {
            List<?> reactionRows = em.createNativeQuery("select message_id, emoji, user_id from message_reactions"
                    + " where message_id in (:ids) order by created_at, user_id").setParameter("ids", reacted)
                    .getResultList();
            for (Object row : reactionRows) {
                Object[] values = (Object[]) row;
                long user = ((Number) values[2]).longValue();
                live.reactions.computeIfAbsent(((Number) values[0]).longValue(), id -> new LinkedHashMap<>())
                        .computeIfAbsent((String) values[1], emoji -> new ArrayList<>()).add(user);
                users.add(user);
            }
        }
        if (!mentioning.isEmpty()) {
            List<?> mentionRows = em.createNativeQuery("select message_id, user_id from message_mentions"
                    + " where message_id in (:ids)").setParameter("ids", mentioning).getResultList();
            for (Object row : mentionRows) {
                Object[] values = (Object[]) row;
                long user = ((Number) values[1]).longValue();
                live.mentions.computeIfAbsent(((Number) values[0]).longValue(), id -> new ArrayList<>()).add(user);
                users.add(user);
            }
        }
        if (!replied.isEmpty()) {
            em.createQuery("select m.id, m.sender.id, m.text, f.name, m.deletedAt from MessageEntity m"
                            + " left join m.file f where m.id in ?1", Object[].class)
                    .setParameter(1, replied)
                    .getResultList()
                    .forEach(row -> {
                        live.quoted.put((Long) row[0], new Quoted((Long) row[0], (Long) row[1], (String) row[2],
                                (String) row[3], row[4] != null));
                        users.add((Long) row[1]);
                    });
        }
        live.logins = Logins.of(users);
        return live;
    }

    String login(long userId) {
        return logins.get(userId);
    }

    /**
     * The reactions of a standing message in the order each emoji was first used, each {@code mine} when
     * {@code reader} (null: nobody) made it; null when it has none.
     */
    List<Message.Reaction> reactions(long messageId, Long reader) {
        Map<String, List<Long>> byEmoji = reactions.get(messageId);
        if (byEmoji == null) {
            return null;
        }
        List<Message.Reaction> list = new ArrayList<>(byEmoji.size());
        byEmoji.forEach((emoji, users) -> list.add(new Message.Reaction(emoji, users.size(),
                users.stream().limit(ProtocolRules.REACTORS_SHOWN).map(logins::get).toList(),
                reader != null && users.contains(reader) ? Boolean.TRUE : null)));
        return list;
    }

    /** The logins a standing message mentions; null when none. */
    List<String> mentions(long messageId) {
        List<Long> users = mentions.get(messageId);
        return users == null ? null : users.stream().map(logins::get).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The original of a reply as it is now; null if it no longer exists. */
    Message.Quote quote(long originalId) {
        Quoted original = quoted.get(originalId);
        if (original == null) {
            return null;
        }
        return original.deleted()
                ? new Message.Quote(original.id(), logins.get(original.senderId()), null, null, true)
                : quoteOf(original.id(), logins.get(original.senderId()), original.text(), original.fileName());
    }

    /** A standing message quoted in a reply: its text cut to {@link ProtocolRules#QUOTE_MAX}, or its file's name. */
    static Message.Quote quoteOf(long id, String from, String text, String fileName) {
        if (text == null) {
            return new Message.Quote(id, from, null, fileName, null);
        }
        String cut = ProtocolRules.characterCount(text) <= ProtocolRules.QUOTE_MAX ? text
                : text.substring(0, text.offsetByCodePoints(0, ProtocolRules.QUOTE_MAX - 1)) + "…";
        return new Message.Quote(id, from, cut, null, null);
    }
}
