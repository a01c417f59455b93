package messenger.handlers.account;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The logins of many users in one query by primary key. */
public final class Logins {

    private Logins() {
    }

    public static Map<Long, String> of(Collection<Long> userIds) {
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
