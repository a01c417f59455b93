package messenger.handlers;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;

/**
 * Loads one entity by id with {@code SELECT … FOR UPDATE}, holding its row lock until the transaction ends.
 * Written as native SQL because Hibernate's MySQL dialect emits {@code FOR UPDATE OF alias}, which MariaDB
 * rejects; this form works on both.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** The locked entity, or null when no row has that id. {@code table} is a constant of the caller. */
    public static <T> T lockById(Class<T> entityType, String table, Object id) {
        @SuppressWarnings("unchecked")
        List<T> rows = Panache.getEntityManager()
                .createNativeQuery("select * from " + table + " where id = ?1 for update", entityType)
                .setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
