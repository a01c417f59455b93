package messenger.handlers.file;

import io.quarkus.hibernate.orm.panache.Panache;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;

/**
 * Who may read a file: its uploader, and the members of every conversation it was posted in. Anyone else is
 * told exactly what they would be told of a file that does not exist.
 */
public final class FileAccess {

    private FileAccess() {
    }

    /** The complete file, if this user may read it; {@code NOT_FOUND} otherwise. */
    public static FileEntity requireReadable(long fileId, long userId) {
        FileEntity file = FileEntity.findById(fileId);
        if (file == null || file.status != FileStatus.COMPLETE || !mayRead(file, userId)) {
            throw new RequestException(ErrorCode.NOT_FOUND, "no file with id " + fileId);
        }
        return file;
    }

    public static boolean mayRead(FileEntity file, long userId) {
        if (file.owner.id == userId) {
            return true;
        }
        Long posts = Panache.getEntityManager().createQuery("select count(m) from MessageEntity m, MemberEntity cm"
                        + " where m.file.id = ?1 and cm.conversationId = m.conversationId and cm.userId = ?2",
                        Long.class)
                .setParameter(1, file.id).setParameter(2, userId).getSingleResult();
        return posts > 0;
    }
}
