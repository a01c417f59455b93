package messenger.client.model;

public enum TransferState {
    /** An upload of up to 64 MiB reads the whole file for its checksum before the first byte goes out. */
    PREPARING,
    RUNNING,
    /** The file connection dropped; the transfer resumes from where it stopped once it is back. */
    WAITING,
    DONE,
    FAILED,
    CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
