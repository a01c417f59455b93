package messenger.handlers.file;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import messenger.handlers.account.UserEntity;
import messenger.protocol.FileInfo;

/** A file, from its first chunk on. Its bytes live in {@link FileChunkEntity} rows, never in this one. */
@Entity
@Table(name = "files")
public class FileEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public UserEntity owner;

    @Column(nullable = false, length = 1020)
    public String name;

    @Column(nullable = false)
    public long size;

    @Column(nullable = false, length = 64)
    public String sha256;

    /** Bytes stored so far; the next chunk must start here. */
    @Column(nullable = false)
    public long received;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FileStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Last time a chunk arrived (or the upload started); unfinished uploads idle too long expire. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    public FileInfo toInfo() {
        return new FileInfo(id, name, size, sha256);
    }
}
