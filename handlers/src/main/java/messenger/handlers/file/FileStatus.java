package messenger.handlers.file;

public enum FileStatus {
    /** Chunks are still arriving; visible only to its owner, through the upload requests. */
    UPLOADING,
    /** Size and SHA-256 checked; readable by everyone and usable in a message. */
    COMPLETE,
    /** Failed its check at {@code upload.finish} or idle too long: invisible to everyone, its chunks being deleted. */
    DISCARDED
}
