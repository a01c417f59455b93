package messenger.handlers.chat;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import messenger.handlers.account.UserEntity;
import messenger.protocol.ProtocolRules;

/**
 * The members a text mentions, by the rule of docs/protocol.md ("Mentions"): {@code @login} at the start or
 * after a character no login has, ignoring case, the longest login that fits, a {@code .} or {@code -} right
 * after a login ending it. Kept as rows of {@code message_mentions}, for each member's count of unread mentions.
 */
public final class Mentions {

    /** A mentioned user: id and login as registered. */
    public record Mentioned(long userId, String login) {
    }

    private Mentions() {
    }

    /** The users {@code text} mentions among {@code members} (null: everyone, for <i>general</i>), in login order. */
    public static List<Mentioned> in(String text, Set<Long> members) {
        List<List<String>> candidates = candidates(text);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Mentioned> byKey = new HashMap<>();
        Panache.getEntityManager()
                .createQuery("select u.id, u.login, u.loginKey from UserEntity u where u.loginKey in ?1", Object[].class)
                .setParameter(1, candidates.stream().flatMap(List::stream).distinct().toList())
                .getResultList()
                .forEach(row -> {
                    if (members == null || members.contains((Long) row[0])) {
                        byKey.put((String) row[2], new Mentioned((Long) row[0], (String) row[1]));
                    }
                });
        Map<Long, Mentioned> found = new LinkedHashMap<>();
        for (List<String> longestFirst : candidates) {
            longestFirst.stream().map(byKey::get).filter(m -> m != null).findFirst()
                    .ifPresent(mentioned -> found.put(mentioned.userId(), mentioned));
        }
        return found.values().stream()
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.login(), b.login())).toList();
    }

    /** Whether {@code text} may mention anyone: a text without an {@code @} has no row in {@code message_mentions}. */
    static boolean mayMention(String text) {
        return text != null && text.indexOf('@') >= 0;
    }

    /** For each {@code @} that may start a mention, the login keys it could mean, longest first. */
    static List<List<String>> candidates(String text) {
        List<List<String>> all = new ArrayList<>();
        if (text == null) {
            return all;
        }
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0 && isLoginChar(text.charAt(at - 1))) {
                continue;
            }
            int end = at + 1;
            while (end < text.length() && isLoginChar(text.charAt(end))) {
                end++;
            }
            String run = text.substring(at + 1, end);
            List<String> keys = new ArrayList<>();
            for (int length = Math.min(run.length(), ProtocolRules.LOGIN_MAX); length >= ProtocolRules.LOGIN_MIN; length--) {
                boolean endsTheRun = length == run.length();
                boolean endedBySeparator = !endsTheRun && (run.charAt(length) == '.' || run.charAt(length) == '-');
                if (endsTheRun || endedBySeparator) {
                    keys.add(UserEntity.keyOf(run.substring(0, length)));
                }
            }
            if (!keys.isEmpty()) {
                all.add(keys);
            }
        }
        return all;
    }

    private static boolean isLoginChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }

    /** Stores who message {@code messageId} mentions; its row must be flushed already. */
    public static void store(long messageId, long conversationId, List<Mentioned> mentioned) {
        for (Mentioned user : mentioned) {
            Panache.getEntityManager().createNativeQuery("insert into message_mentions"
                            + " (message_id, user_id, conversation_id) values (?1, ?2, ?3)")
                    .setParameter(1, messageId).setParameter(2, user.userId()).setParameter(3, conversationId)
                    .executeUpdate();
        }
    }

    public static void forget(long messageId) {
        Panache.getEntityManager().createNativeQuery("delete from message_mentions where message_id = ?1")
                .setParameter(1, messageId).executeUpdate();
    }

    public static List<String> logins(List<Mentioned> mentioned) {
        return mentioned.isEmpty() ? null : mentioned.stream().map(Mentioned::login).toList();
    }
}
