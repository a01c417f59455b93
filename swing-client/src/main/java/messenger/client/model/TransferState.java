package messenger.client.model;

public enum TransferState {
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
