package messenger.handlers.chat;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import messenger.handlers.account.UserEntity;
import messenger.handlers.file.FileEntity;

/**
 * A stored message. The id is assigned from {@link MessageCounterEntity} while its row is locked, so ids
 * increase in commit order (see {@link MessageBatchStore}).
 */
@Entity
@Table(name = "messages")
public class MessageEntity extends PanacheEntityBase {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sender_id")
    public UserEntity sender;

    @Column(name = "client_msg_id", nullable = false, length = 64)
    public String clientMsgId;

    @Column(length = 16_384)
    public String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    public FileEntity file;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "conversation_id", nullable = false)
    public Long conversationId;

    /** When the text last changed; null if never. */
    @Column(name = "edited_at")
    public Instant editedAt;

    /** When the message was deleted (its text and file are then gone); null while it stands. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** The message of the same conversation this one answers, if any. */
    @Column(name = "reply_to")
    public Long replyTo;

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
