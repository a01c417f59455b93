package messenger.handlers.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier text of an edited message, and when it was replaced. */
@Entity
@Table(name = "message_versions")
public class MessageVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_id", nullable = false)
    public Long messageId;

    @Column(nullable = false, length = 16_384)
    public String text;

    @Column(name = "replaced_at", nullable = false)
    public Instant replacedAt;
}
