package messenger.handlers.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import messenger.handlers.HandlerConfig;

/** The store new files go to (by configuration), and the store each stored file is in (by its row). */
@ApplicationScoped
public class FileStores {

    private final FileStore database;
    private final FilesystemFileStore filesystem;
    private final FileStore forNew;

    @Inject
    FileStores(HandlerConfig config) {
        database = new DatabaseFileStore(config.databaseDirectory().map(Path::of));
        filesystem = new FilesystemFileStore(
                Path.of(config.fileDirectory().orElseGet(() -> Path.of(config.dataDir(), "files").toString())));
        forNew = config.fileStore() == HandlerConfig.FileStoreKind.DATABASE ? database : filesystem;
    }

    public FileStore forNewFiles() {
        return forNew;
    }

    public FileStore of(FileEntity file) {
        return named(file.store);
    }

    public FileStore named(String name) {
        return FilesystemFileStore.NAME.equals(name) ? filesystem : database;
    }
}
