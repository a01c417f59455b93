package messenger.client.view;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import messenger.client.model.Transfer;
import messenger.client.model.TransferState;
import messenger.client.model.Transfers;
import messenger.protocol.ByteSizes;
import net.miginfocom.swing.MigLayout;

/**
 * The uploads under way, above the composer: name, progress, speed and Cancel (also while the file is still
 * being read for its checksum, which the row calls preparing). A finished upload leaves
 * (its message appears in the conversation); a failed one stays with its reason until dismissed.
 */
final class UploadsView extends JPanel {

    static final String ROW = "upload";
    static final String PROGRESS = "uploadProgress";
    static final String STATE = "uploadState";
    static final String CANCEL_BUTTON = "cancelUpload";
    static final String DISMISS_BUTTON = "dismissUpload";
    static final String PREPARING_TEXT = "Preparing…";

    private final Transfers transfers;
    private final Map<Transfer, Row> rows = new HashMap<>();
    private final Transfers.Listener listener = new Transfers.Listener() {
        @Override
        public void added(Transfer transfer) {
            if (transfer.direction() == Transfer.Direction.UPLOAD) {
                SwingUtilities.invokeLater(() -> addRow(transfer));
            }
        }

        @Override
        public void removed(Transfer transfer) {
            SwingUtilities.invokeLater(() -> removeRow(transfer));
        }
    };

    UploadsView(Transfers transfers) {
        super(new MigLayout("wrap 1, insets 0 12 0 12, gap 0 2, hidemode 3", "[grow,fill]"));
        this.transfers = transfers;
        setVisible(false);
        transfers.addListener(listener);
    }

    void detach() {
        transfers.removeListener(listener);
        rows.values().forEach(Row::detach);
    }

    private void addRow(Transfer transfer) {
        Row row = new Row(transfer);
        rows.put(transfer, row);
        add(row);
        setVisible(true);
        revalidate();
    }

    private void removeRow(Transfer transfer) {
        Row row = rows.remove(transfer);
        if (row != null) {
            row.detach();
            remove(row);
            setVisible(!rows.isEmpty());
            revalidate();
            repaint();
        }
    }

    private final class Row extends JPanel {
        private final Transfer transfer;
        private final JProgressBar progress = new JProgressBar(0, 1000);
        private final JLabel state = new ProgressLabel(ProgressLabel.WIDEST_UPLOAD);
        private final JButton cancel = new JButton("Cancel");
        private final JButton dismiss = new JButton("Dismiss");
        private final Consumer<Transfer.Snapshot> onProgress = snapshot -> SwingUtilities.invokeLater(() -> show(snapshot));

        Row(Transfer transfer) {
            super(new MigLayout("insets 4 0 4 0, hidemode 3", "[][grow,fill][][]"));
            this.transfer = transfer;
            setName(ROW);
            progress.setName(PROGRESS);
            state.setName(STATE);
            cancel.setName(CANCEL_BUTTON);
            dismiss.setName(DISMISS_BUTTON);
            add(new JLabel("Uploading " + transfer.name()));
            add(progress, "wmin 60");
            add(state, "wmin 0");
            add(cancel);
            add(dismiss);
            cancel.addActionListener(e -> transfer.cancel());
            dismiss.addActionListener(e -> transfers.remove(transfer));
            transfer.addListener(onProgress);
        }

        void detach() {
            transfer.removeListener(onProgress);
        }

        private void show(Transfer.Snapshot snapshot) {
            if (snapshot.state() == TransferState.DONE || snapshot.state() == TransferState.CANCELLED) {
                transfers.remove(transfer);
                return;
            }
            boolean failed = snapshot.state() == TransferState.FAILED;
            progress.setIndeterminate(snapshot.state() == TransferState.PREPARING);
            progress.setValue(snapshot.total() == 0 ? 1000 : (int) (snapshot.done() * 1000 / snapshot.total()));
            cancel.setVisible(!failed);
            dismiss.setVisible(failed);
            state.setText(switch (snapshot.state()) {
                case PREPARING -> PREPARING_TEXT;
                case RUNNING -> ByteSizes.format(snapshot.done()) + " of " + ByteSizes.format(snapshot.total()) + " · "
                        + ByteSizes.perSecond(snapshot.bytesPerSecond());
                case WAITING -> snapshot.problem();
                default -> "Failed: " + snapshot.problem();
            });
        }
    }
}
