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

    private record ReactionKey(long messageId, String emoji) {
    }

    private record Reactor(long messageId, String emoji, long userId) {
    }

    /** Per message, per emoji in the order each was first used: who reacted, no more than the most shown. */
    private final Map<Long, Map<String, List<Long>>> reactions = new HashMap<>();
    private final Map<ReactionKey, Integer> counts = new HashMap<>();
    /** The reactions of the readers asked about to messages with a crowded reaction, listed or not. */
    private final Set<Reactor> readersReactions = new HashSet<>();
    private final Map<Long, List<Long>> mentions = new HashMap<>();
    private final Map<Long, Quoted> quoted = new HashMap<>();
    private Map<Long, String> logins = Map.of();

    private LiveFields() {
    }

    /**
     * The reactions to the messages {@code reacted} (none for messages read as committed) with whether each of
     * {@code readers} made them, the mentions of {@code mentioning} (only messages whose text
     * {@link Mentions#mayMention may mention} someone have any), the replies' originals {@code replied}, and the
     * logins of these and of {@code senders}. Of a reaction only its count and first reactors are read, so a message
     * that thousands reacted to costs what one that twenty did.
     */
    static LiveFields read(Collection<Long> reacted, Collection<Long> readers, Collection<Long> mentioning,
                           Collection<Long> replied, Collection<Long> senders) {
        LiveFields live = new LiveFields();
        Set<Long> users = new HashSet<>(senders);
        EntityManager em = Panache.getEntityManager();
        if (!reacted.isEmpty()) {
            live.readReactions(em, reacted, readers);
            live.reactions.values().forEach(byEmoji -> byEmoji.values().forEach(users::addAll));
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

    /**
     * Counts first, which for a page without reactions is all there is to read; then every reactor of a message
     * with no crowded reaction, and only the first of each reaction of one that has (a window function, dearer).
     */
    private void readReactions(EntityManager em, Collection<Long> reacted, Collection<Long> readers) {
        List<?> counted = em.createNativeQuery("select message_id, emoji, count(*) from message_reactions"
                + " where message_id in (:ids) group by message_id, emoji").setParameter("ids", reacted).getResultList();
        Set<Long> crowded = new HashSet<>();
        Set<Long> uncrowded = new HashSet<>();
        for (Object row : counted) {
            Object[] values = (Object[]) row;
            long messageId = ((Number) values[0]).longValue();
            int count = ((Number) values[2]).intValue();
            counts.put(new ReactionKey(messageId, (String) values[1]), count);
            (count > ProtocolRules.REACTORS_SHOWN ? crowded : uncrowded).add(messageId);
        }
        uncrowded.removeAll(crowded);
        if (!uncrowded.isEmpty()) {
            addReactors(em.createNativeQuery("select message_id, emoji, user_id from message_reactions"
                    + " where message_id in (:ids) order by created_at, user_id").setParameter("ids", uncrowded)
                    .getResultList());
        }
        if (crowded.isEmpty()) {
            return;
        }
        addReactors(em.createNativeQuery("select message_id, emoji, user_id from (select message_id, emoji,"
                        + " user_id, created_at, row_number() over (partition by message_id, emoji"
                        + " order by created_at, user_id) as place from message_reactions where message_id in (:ids))"
                        + " ranked where place <= " + ProtocolRules.REACTORS_SHOWN + " order by created_at, user_id")
                .setParameter("ids", crowded).getResultList());
        if (!readers.isEmpty()) {
            List<?> theirs = em.createNativeQuery("select message_id, emoji, user_id from message_reactions"
                            + " where message_id in (:ids) and user_id in (:readers)")
                    .setParameter("ids", crowded).setParameter("readers", readers).getResultList();
            for (Object row : theirs) {
                Object[] values = (Object[]) row;
                readersReactions.add(new Reactor(((Number) values[0]).longValue(), (String) values[1],
                        ((Number) values[2]).longValue()));
            }
        }
    }

    /** Rows of message, emoji and user, in the order they reacted. */
    private void addReactors(List<?> rows) {
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            reactions.computeIfAbsent(((Number) values[0]).longValue(), id -> new LinkedHashMap<>())
                    .computeIfAbsent((String) values[1], emoji -> new ArrayList<>())
                    .add(((Number) values[2]).longValue());
        }
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
        byEmoji.forEach((emoji, users) -> list.add(new Message.Reaction(emoji,
                // an emoji first used between the two reads has reactors but no count yet
                counts.getOrDefault(new ReactionKey(messageId, emoji), users.size()),
                users.stream().map(logins::get).toList(),
                reader != null && (users.contains(reader)
                        || readersReactions.contains(new Reactor(messageId, emoji, reader))) ? Boolean.TRUE : null)));
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
