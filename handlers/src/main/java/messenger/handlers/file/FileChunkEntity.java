package messenger.handlers.file;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** The bytes of one uploaded chunk at its offset in the file; written by {@link FileChunks#insert}, never changed. */
@Entity
@Table(name = "file_chunks")
@IdClass(FileChunkEntity.Key.class)
@Immutable
public class FileChunkEntity extends PanacheEntityBase {

    @Id
    @Column(name = "file_id")
    public long fileId;

    @Id
    @Column(name = "chunk_offset")
    public long offset;

    @Column(nullable = false)
    public byte[] data;

    public FileChunkEntity() {
    }

    public static class Key implements Serializable {
        public long fileId;
        public long offset;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.fileId == fileId && key.offset == offset;
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileId, offset);
        }
    }
}
