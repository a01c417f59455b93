package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import messenger.protocol.Conversation;

/**
 * A room or a direct conversation. A direct conversation has no name of its own (each member sees the other's
 * login) and a {@code directKey} made of both user ids, unique, so there is one per pair.
 */
@Entity
@Table(name = "conversations")
public class ConversationEntity extends PanacheEntityBase {

    /** The room every account belongs to, created by the schema migration with this id. */
    public static final long GENERAL = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 8)
    public String kind;

    @Column(length = 256)
    public String name;

    /** The lower-cased name, for finding rooms by the start of their name. */
    @Column(name = "name_key", length = 256)
    public String nameKey;

    @Column(length = 1000)
    public String topic;

    @Column(length = 8)
    public String visibility;

    @Column(name = "direct_key", length = 48)
    public String directKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean isRoom() {
        return Conversation.ROOM.equals(kind);
    }

    public boolean isGeneral() {
        return id == GENERAL;
    }

    public void rename(String newName) {
        name = newName;
        nameKey = newName.toLowerCase(Locale.ROOT);
    }

    public static String directKey(long oneUser, long otherUser) {
        return Math.min(oneUser, otherUser) + ":" + Math.max(oneUser, otherUser);
    }
}
