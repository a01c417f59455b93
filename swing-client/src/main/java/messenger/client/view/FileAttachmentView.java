package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import messenger.client.model.Transfer;
import messenger.client.model.TransferState;
import messenger.protocol.ByteSizes;
import messenger.protocol.FileInfo;
import messenger.protocol.SafeFileName;
import net.miginfocom.swing.MigLayout;

/**
 * A file in a message: name and size, Download, then progress with speed and Cancel, then Open. The name is
 * shown as it would be saved, so that no direction override can disguise it.
 */
final class FileAttachmentView extends JPanel {

    static final String NAME = "fileAttachment";
    static final String FILE_NAME = "fileName";
    static final String DOWNLOAD_BUTTON = "download";
    static final String CANCEL_BUTTON = "cancelDownload";
    static final String OPEN_BUTTON = "openFile";
    static final String PROGRESS = "downloadProgress";
    static final String STATE = "downloadState";

    private final FileInfo file;
    private final FileActions actions;
    private final JButton download = new JButton("Download");
    private final JButton cancel = new JButton("Cancel");
    private final JButton open = new JButton("Open");
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel state = new ProgressLabel(ProgressLabel.WIDEST_DOWNLOAD);
    private final Consumer<Transfer.Snapshot> onProgress = snapshot -> SwingUtilities.invokeLater(() -> show(snapshot));
    private Transfer transfer;

    FileAttachmentView(FileInfo file, FileActions actions) {
        super(new MigLayout("insets 0, hidemode 3, gap 8 2", "[][grow,fill][]"));
        this.file = file;
        this.actions = actions;
        setName(NAME);
        setOpaque(false);
        JLabel icon = new JLabel(UIManager.getIcon("FileView.fileIcon"));
        JLabel name = new JLabel(SafeFileName.of(file.name(), file.id()));
        name.setName(FILE_NAME);
        name.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        download.setName(DOWNLOAD_BUTTON);
        cancel.setName(CANCEL_BUTTON);
        open.setName(OPEN_BUTTON);
        progress.setName(PROGRESS);
        state.setName(STATE);
        add(icon, "spany 2, aligny top");
        add(name, "split 2, wmin 0");
        add(Labels.small(ByteSizes.format(file.size())), "gapleft 8");
        add(download, "spany 2, aligny center, split 3");
        add(cancel);
        add(open, "wrap");
        add(state, "wmin 0, wrap");
        add(progress, "skip 1, span 2, growx, hmin 6");
        download.addActionListener(e -> actions.download(file, this).ifPresent(this::follow));
        cancel.addActionListener(e -> transfer.cancel());
        open.addActionListener(e -> actions.open(transfer.localFile(), this));
        actions.latestDownload(file.id()).ifPresentOrElse(this::follow, this::showIdle);
    }

    @Override
    public void removeNotify() {
        if (transfer != null) {
            transfer.removeListener(onProgress);
        }
        super.removeNotify();
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (transfer != null) {
            transfer.addListener(onProgress);
        }
    }

    private void follow(Transfer next) {
        if (transfer != null) {
            transfer.removeListener(onProgress);
        }
        transfer = next;
        if (isDisplayable()) {
            transfer.addListener(onProgress);
        } else {
            show(transfer.current());
        }
    }

    private void showIdle() {
        download.setVisible(true);
        cancel.setVisible(false);
        open.setVisible(false);
        progress.setVisible(false);
        state.setText("");
    }

    private void show(Transfer.Snapshot snapshot) {
        TransferState current = snapshot.state();
        boolean running = !current.isFinished();
        download.setVisible(current == TransferState.FAILED || current == TransferState.CANCELLED);
        download.setText(current == TransferState.FAILED ? "Try again" : "Download");
        cancel.setVisible(running);
        open.setVisible(current == TransferState.DONE);
        progress.setVisible(running);
        progress.setValue(snapshot.total() == 0 ? 1000 : (int) (snapshot.done() * 1000 / snapshot.total()));
        state.setText(switch (current) {
            case PREPARING -> UploadsView.PREPARING_TEXT;
            case RUNNING -> ByteSizes.format(snapshot.done()) + " · " + ByteSizes.perSecond(snapshot.bytesPerSecond());
            case WAITING -> snapshot.problem();
            case DONE -> "Saved as " + transfer.localFile().getFileName();
            case FAILED -> "Failed: " + snapshot.problem();
            case CANCELLED -> "Cancelled";
        });
        revalidate();
    }
}
