package messenger.handlers.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The logins of many users, those not yet known read in one query by primary key. A login never changes once
 * registered, and no user is ever deleted, so a login read once is kept (up to {@link #KEPT} users): every page of
 * messages or events names its senders, and the cluster's log tail reads one such page for every commit.
 */
public final class Logins {

    private static final int KEPT = 100_000;

    private static final Cache<Long, String> KNOWN = Caffeine.newBuilder().maximumSize(KEPT).build();

    private Logins() {
    }

    /** The login of each of these users that exists; read inside the caller's transaction. */
    public static Map<Long, String> of(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return KNOWN.getAll(userIds, Logins::read);
    }

    private static Map<Long, String> read(Set<? extends Long> userIds) {
        Map<Long, String> logins = new HashMap<>();
        Panache.getEntityManager()
                .createQuery("select u.id, u.login from UserEntity u where u.id in ?1", Object[].class)
                .setParameter(1, userIds)
                .getResultList()
                .forEach(row -> logins.put((Long) row[0], (String) row[1]));
        return logins;
    }
}
