package messenger.client.controller;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import messenger.client.model.Transfer;
import messenger.client.model.Transfers;
import messenger.client.transfer.CacheFolder;
import messenger.client.transfer.TransferFailedException;
import messenger.client.transfer.TransferService;
import messenger.protocol.FileInfo;
import messenger.protocol.SafeFileName;

/**
 * Sharing and saving files: an upload ends as a message in a conversation, a download goes where the user
 * chooses, a saved file opens with the desktop's application. Called on the event thread.
 */
public final class TransfersController {

    /** What only the screen can do for a transfer: ask the user, and tell them what went wrong. */
    public interface Prompts {
        /** The files to share; empty when the user changes their mind. */
        List<Path> chooseFilesToShare();

        /** Where to save a file of this name; empty when the user changes their mind. */
        Optional<Path> chooseSaveTarget(String name);

        boolean confirmReplace(Path target, String name);

        /** The upload of this file could not even start (it cannot be read, say). */
        void uploadNotStarted(Path file, Throwable cause);

        /** Something outside the transfer itself went wrong; a failed or cancelled one shows so in its own row. */
        void transferBroke(Throwable cause);
    }

    private final TransferService files;
    private final ConversationController chat;
    private final Transfers transfers;
    private final ImagePreviews previews;

    TransfersController(TransferService files, CacheFolder pictures, ConversationController chat,
                        Transfers transfers) {
        this.files = files;
        this.chat = chat;
        this.transfers = transfers;
        this.previews = new ImagePreviews(files, pictures);
    }

    public void chooseAndShare(long conversation, Prompts prompts) {
        share(conversation, prompts.chooseFilesToShare(), prompts);
    }

    /** Uploads each file, then shares it in the conversation that was open when it was chosen. */
    public void share(long conversation, List<Path> paths, Prompts prompts) {
        for (Path path : paths) {
            Background.run(() -> files.upload(path),
                    upload -> Background.whenDone(upload, file -> chat.sendFile(conversation, file),
                            failure -> ended(failure, prompts)),
                    failure -> prompts.uploadNotStarted(path, failure));
        }
    }

    /** Asks where to save the file and starts the download; empty when the user changes their mind. */
    public Optional<Transfer> download(FileInfo file, Prompts prompts) {
        String name = SafeFileName.of(file.name(), file.id());
        Optional<Path> target = prompts.chooseSaveTarget(name)
                .filter(chosen -> !Files.exists(chosen) || prompts.confirmReplace(chosen, name));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Background.whenDone(files.download(file, target.get()), saved -> { }, failure -> ended(failure, prompts));
        return transfers.latestDownload(file.id());
    }

    /** The download of this file that is running or done, so a redrawn message shows it again. */
    public Optional<Transfer> latestDownload(long fileId) {
        return transfers.latestDownload(fileId);
    }

    public void open(Path savedFile, OpenProblems problems) {
        DesktopOpener.open(savedFile, problems);
    }

    /** Whether the file gets an inline preview: an image, small enough to fetch without asking. */
    public boolean canPreview(FileInfo file) {
        return ImagePreviews.canPreview(file);
    }

    /** The preview of an image file, fetched and scaled down off the event thread; outcomes come back on it. */
    public void preview(FileInfo file, Consumer<BufferedImage> onReady, Consumer<Throwable> onFailed) {
        previews.load(file, onReady, onFailed);
    }

    /** Opens the image behind a preview with the desktop's viewer. */
    public void openPreviewed(FileInfo file, Function<Path, OpenProblems> problemsFor) {
        previews.original(file).ifPresent(copy -> open(copy, problemsFor.apply(copy)));
    }

    private static void ended(Throwable failure, Prompts prompts) {
        if (!(failure instanceof TransferFailedException || failure instanceof CancellationException)) {
            prompts.transferBroke(failure);
        }
    }
}
