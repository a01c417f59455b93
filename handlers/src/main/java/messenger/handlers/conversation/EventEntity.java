package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored change to a conversation; its id comes from the message counter (see {@link ConversationLog}). */
@Entity
@Table(name = "conversation_events")
public class EventEntity extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "conversation_id", nullable = false)
    public Long conversationId;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(name = "actor_id", nullable = false)
    public Long actorId;

    @Column(name = "subject_id")
    public Long subjectId;

    @Column(length = 256)
    public String name;

    @Column(length = 1000)
    public String topic;

    @Column(length = 8)
    public String role;

    @Column(name = "up_to")
    public Long upTo;

    @Column(name = "message_id")
    public Long messageId;

    @Column(length = 16_384)
    public String text;

    /** The logins an edited text mentions, separated by spaces ("" for none). */
    @Column(length = 16_384)
    public String mentions;

    @Column(length = 64)
    public String emoji;

    @Column(length = 8)
    public String level;

    /** A read marker the other members see too (read receipts); other kinds reach their audience regardless. */
    @Column(nullable = false)
    public boolean shared;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
