package messenger.server.database;

import java.io.IOException;
import java.nio.file.Path;

/** Another server runs on this data directory: starting would stop its database under it. */
public final class DataDirectoryInUseException extends IOException {

    public DataDirectoryInUseException(Path dataDir) {
        super(dataDir + " is in use by another messenger server on this machine; stop that one first, or give this"
                + " one a data directory of its own");
    }
}
