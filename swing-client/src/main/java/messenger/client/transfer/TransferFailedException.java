package messenger.client.transfer;

/** A transfer ended for good; the message says why in plain words. */
public final class TransferFailedException extends RuntimeException {
    public TransferFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
