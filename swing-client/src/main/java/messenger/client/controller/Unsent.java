package messenger.client.controller;

/**
 * The messages written here that the server has not stored: {@code waiting} to be sent, and {@code refused} ones
 * kept for the user to try again or discard.
 */
public record Unsent(int waiting, int refused) {

    public boolean isEmpty() {
        return waiting == 0 && refused == 0;
    }
}
