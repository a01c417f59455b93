package messenger.client.view;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import messenger.client.controller.Background;
import messenger.client.controller.UnreadableCertificateException;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.MessengerException;

/**
 * Says in plain words what went wrong, for a person rather than a log. The network classes get
 * {@link #describe} handed in for the problems they put into the model (a message not sent, a transfer that
 * failed, why the client is reconnecting).
 */
public final class Problems {

    private Problems() {
    }

    public static String describe(Throwable failure) {
        Throwable cause = Background.unwrap(failure);
        if (cause instanceof UnreadableCertificateException) {
            return "This file holds no certificate the client can read (a PEM file with -----BEGIN CERTIFICATE-----).";
        }
        if (cause instanceof MessengerException error) {
            return switch (error.code()) {
                case AUTH_FAILED -> "Wrong login or password.";
                case LOGIN_TAKEN -> "This login is already taken; choose another one.";
                case INVALID_LOGIN, WEAK_PASSWORD, BAD_REQUEST -> sentence(error.getMessage());
                case UNAVAILABLE -> "The server cannot serve this right now; try again in a moment.";
                case RATE_LIMITED -> "Too many requests; wait a moment and try again.";
                case TOO_LARGE -> "The server does not accept files this large.";
                case NOT_FOUND -> "The server no longer has this.";
                case FORBIDDEN -> "You may not do this here: only a room's members may, and some things only its"
                        + " owner or admins.";
                default -> "The server refused: " + sentence(error.getMessage());
            };
        }
        if (cause instanceof SSLException && PlainServer.answered(cause)) {
            return "The server does not seem to use TLS: turn TLS off, or check that the port in the address is the"
                    + " server's TLS port.";
        }
        if (cause instanceof SSLException) {
            return "The server's certificate is not trusted, or it is for another host name than the one in the"
                    + " address. Check the address and the certificate file, and that the server uses TLS.";
        }
        if (cause instanceof UnknownHostException) {
            return "Unknown server host " + cause.getMessage() + ".";
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return "Cannot reach the server. Is the address right and the server running?";
        }
        if (cause instanceof SocketTimeoutException) {
            return "The server did not answer in time.";
        }
        if (cause instanceof ConnectionLostException) {
            return "The connection to the server was lost.";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : sentence(message);
    }

    /** The notice on the sign-in screen when the server no longer accepts the device's token. */
    public static final String SIGN_IN_REFUSED = "The server no longer accepts this computer's sign-in (it was"
            + " signed out elsewhere, or it expired). Sign in again: what this computer kept of your conversations"
            + " is still here.";

    /** The notice on the sign-in screen when the account that stays signed in could not be opened. */
    public static String keptAccountNotOpened(Throwable failure) {
        return "Your account could not be opened on this computer (" + describe(failure) + "). Sign in again.";
    }

    /** The notice on the sign-in screen after a sign-out the server did not hear of. */
    public static String serverNotToldOfSignOut(Throwable failure) {
        return "You are signed out on this computer, but the server could not be told (" + describe(failure)
                + "), so this device's token is still valid there.";
    }

    private static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "no reason given.";
        }
        String trimmed = text.strip();
        String capitalised = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }
}
