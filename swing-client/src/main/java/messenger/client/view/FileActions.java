package messenger.client.view;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import messenger.client.model.Transfer;
import messenger.protocol.FileInfo;

/** What the conversation can ask of the chat screen about files. */
interface FileActions {

    /** Uploads files dropped onto a message and shares them in the conversation. */
    void share(List<Path> files);

    /** Asks where to save the file and starts the download; empty when the user changes their mind. */
    Optional<Transfer> download(FileInfo file, Component parent);

    /** The download of this file that is running or done, so a redrawn message shows it again. */
    Optional<Transfer> latestDownload(long fileId);

    void open(Path file, Component parent);

    /** Whether this file shows an inline preview. */
    boolean canPreview(FileInfo file);

    /** Makes the preview of an image file; the outcome comes back on the event thread. */
    void preview(FileInfo file, Consumer<BufferedImage> onReady, Consumer<Throwable> onFailed);

    /** Opens the image behind a preview with the desktop's viewer. */
    void openPreviewed(FileInfo file, Component parent);
}
