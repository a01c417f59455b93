package messenger.client.cache;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import messenger.protocol.FileInfo;

/** The {@code file} table: the name, size and digest of each file met in a message or shared from here, by id. */
final class FileRows {

    static final String UPSERT = "INSERT OR REPLACE INTO file (id, name, size, sha256) VALUES (?, ?, ?, ?)";

    private FileRows() {
    }

    static void bind(PreparedStatement upsert, FileInfo file) throws SQLException {
        upsert.setLong(1, file.id());
        upsert.setString(2, file.name());
        upsert.setLong(3, file.size());
        upsert.setString(4, file.sha256());
    }
}
