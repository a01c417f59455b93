package messenger.client.model;

public enum TransferState {
    /** An upload reads the whole file for its checksum before the first byte goes out; that takes a while. */
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
