package messenger.handlers.chat;

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
}
