package messenger.handlers.chat;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row holding the last assigned message id; writers lock it until they commit. */
@Entity
@Table(name = "message_counter")
public class MessageCounterEntity extends PanacheEntityBase {

    public static final int THE_ROW = 1;

    @Id
    public Integer id;

    @Column(name = "last_id", nullable = false)
    public long lastId;

    /**
     * The id of the newest committed entry of the log. Ids are taken under this row's lock and committed with it, so
     * every entry up to it is committed. A read of messages and events after a cursor bounds both queries by it:
     * each query sees the log as of its own start (read committed), and without the bound an entry committed
     * between the two could be missing from the first while a later one shows in the second.
     */
    public static long lastCommittedId() {
        return Panache.getEntityManager()
                .createQuery("select c.lastId from MessageCounterEntity c where c.id = ?1", Long.class)
                .setParameter(1, THE_ROW)
                .getSingleResult();
    }
}
