package messenger.client.view;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import messenger.client.model.Transfer;
import messenger.protocol.FileInfo;

/** A chat screen's side of files for views tested alone: no file was ever downloaded, nothing has a preview. */
class InertFileActions implements FileActions {

    @Override
    public void share(List<Path> files) {
    }

    @Override
    public Optional<Transfer> download(FileInfo file, Component parent) {
        return Optional.empty();
    }

    @Override
    public Optional<Transfer> latestDownload(long fileId) {
        return Optional.empty();
    }

    @Override
    public void open(Path file, Component parent) {
    }

    @Override
    public boolean canPreview(FileInfo file) {
        return false;
    }

    @Override
    public void preview(FileInfo file, Consumer<BufferedImage> onReady, Consumer<Throwable> onFailed) {
    }

    @Override
    public void openPreviewed(FileInfo file, Component parent) {
    }
}
