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

/** A file, from its first chunk on. Its bytes live in the {@link FileStore} named by {@link #store}, never here. */
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

    /** The {@link FileStore#name()} of the store that holds the bytes. */
    @Column(nullable = false, length = 16)
    public String store;

    /** The file whose stored bytes this one shares, or null when it has its own (see {@link #bytesId}). */
    @Column(name = "bytes_of")
    public Long bytesOf;

    /** The nonce of this unfinished upload's challenge (see {@code UploadChallenges}). */
    @Column(name = "proof_nonce", length = 32)
    public String proofNonce;

    /** The store this file's bytes were moved away from, until they are deleted there; null otherwise. */
    @Column(name = "moved_from", length = 16)
    public String movedFrom;

    @Column(name = "moved_at")
    public Instant movedAt;

    /** The id the store keeps this file's bytes under. */
    public long bytesId() {
        return bytesOf != null ? bytesOf : id;
    }

    public FileInfo toInfo() {
        return new FileInfo(id, name, size, sha256);
    }
}
