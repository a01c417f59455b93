package messenger.handlers.file;

import messenger.handlers.RowLocks;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;

/** Finds the caller's own upload, locked, so concurrent chunks of one upload take turns. */
final class Uploads {

    private Uploads() {
    }

    static FileEntity lockOwn(long uploadId, long userId) {
        FileEntity file = RowLocks.lockById(FileEntity.class, "files", uploadId);
        if (file == null || file.owner.id != userId || file.status == FileStatus.DISCARDED) {
            throw new RequestException(ErrorCode.NOT_FOUND, "no upload with id " + uploadId);
        }
        return file;
    }

    static FileEntity lockUnfinished(long uploadId, long userId) {
        FileEntity file = lockOwn(uploadId, userId);
        if (file.status != FileStatus.UPLOADING) {
            throw new RequestException(ErrorCode.NOT_FOUND, "upload " + uploadId + " is already finished");
        }
        return file;
    }
}
