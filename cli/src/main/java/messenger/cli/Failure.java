package messenger.cli;

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;
import javax.net.ssl.SSLHandshakeException;
import messenger.protocol.client.ConnectionLostException;
import messenger.protocol.client.HandshakeClosedException;
import messenger.protocol.client.MessengerException;

/** What went wrong, in the words and with the exit code the user of the command line gets. */
record Failure(int exitCode, String message) {

    static Failure of(Throwable e) {
        if (e instanceof CliException cli) {
            return new Failure(cli.exitCode(), cli.getMessage());
        }
        if (e instanceof MessengerException refused) {
            String reason = refused.getMessage().isBlank() ? refused.code().name() : refused.getMessage();
            return new Failure(ExitCodes.of(refused.code()), reason);
        }
        if (e instanceof ConnectionLostException) {
            return new Failure(ExitCodes.UNAVAILABLE, "the connection to the server broke: " + e.getMessage());
        }
        if (e instanceof SocketException || e instanceof SocketTimeoutException
                || e instanceof HandshakeClosedException) {
            return new Failure(ExitCodes.UNAVAILABLE, "cannot reach the server: " + e.getMessage());
        }
        if (e instanceof UnknownHostException) {
            // on reconnecting: name lookups that fail for a while (a network going away) end a command here
            return new Failure(ExitCodes.UNAVAILABLE, "unknown host " + e.getMessage());
        }
        if (e instanceof SSLHandshakeException) {
            return new Failure(ExitCodes.NOT_TRUSTED, e.getMessage());
        }
        if (e instanceof NoSuchFileException missing) {
            return new Failure(ExitCodes.NOT_FOUND, "no such file or folder: " + missing.getFile());
        }
        if (e instanceof AccessDeniedException denied) {
            return new Failure(ExitCodes.FAILURE, "permission denied: " + denied.getFile());
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return new Failure(ExitCodes.FAILURE, exists.getFile() + " already exists");
        }
        if (e instanceof IOException io) {
            return new Failure(ExitCodes.FAILURE, io.getMessage() == null ? io.toString() : io.getMessage());
        }
        if (e instanceof CancellationException || e instanceof InterruptedException) {
            return new Failure(ExitCodes.FAILURE, "interrupted");
        }
        return new Failure(ExitCodes.FAILURE, "unexpected error: " + e + " (run with --debug for details)");
    }

    /** The message as one line, whatever the server or the file system put in it. */
    String oneLine() {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
