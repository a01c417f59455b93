package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import messenger.client.model.SpeedMeter;
import messenger.client.model.Transfer;
import messenger.client.model.Transfers;
import messenger.protocol.FileInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * The rows of transfers in a real window, driven through their model so that their numbers step from the
 * narrowest they read ("0 B") to the widest ("999.9 MB"), at speeds that change with them.
 */
class TransferProgressIT extends GuiTest {

    private static final long TOTAL = 999_900_000L;
    private static final long[] DONE = {0, 7, 999, 1_000, 45_678, 12_345_678, 123_456_789, 998_000_000, TOTAL - 1};

    /** One second between progress reports, so every speed is the bytes of the last step. */
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void anUploadsProgressBarAndNumbersKeepTheirWidthsAsTheNumbersChange() {
        Transfers transfers = new Transfers();
        UploadsView uploads = onEdt(() -> new UploadsView(transfers));
        show(uploads);
        Transfer upload = new Transfer(Transfer.Direction.UPLOAD, "big.bin", 0, Path.of("big.bin"), TOTAL, speed());
        transfers.add(upload);

        List<String> widths = widthsAsItRuns(upload, () -> uploads, UploadsView.PROGRESS, UploadsView.STATE);

        assertThat(widths).as("widths as the numbers change").containsOnly(widths.get(0));
    }

    @Test
    void aFileBubbleKeepsItsWidthAsItsDownloadRuns() {
        FileInfo file = new FileInfo(42, "big.bin", TOTAL, "00");
        Transfer download = new Transfer(Transfer.Direction.DOWNLOAD, file.name(), file.id(), Path.of("big.bin"),
                TOTAL, speed());
        FileAttachmentView bubble = onEdt(() -> new FileAttachmentView(file, new Following(download)));
        JPanel atPreferredSize = onEdt(() -> new JPanel(new FlowLayout(FlowLayout.LEFT)));
        onEdt(() -> atPreferredSize.add(bubble));
        show(atPreferredSize);

        List<String> widths = widthsAsItRuns(download, () -> bubble, FileAttachmentView.PROGRESS,
                FileAttachmentView.STATE);

        assertThat(widths).as("widths as the numbers change").containsOnly(widths.get(0));
    }

    private SpeedMeter speed() {
        return new SpeedMeter(() -> nanos.addAndGet(1_000_000_000L));
    }

    private void show(JComponent content) {
        GuiActionRunner.execute(() -> {
            JFrame frame = new JFrame("transfers");
            frame.getContentPane().add(content, BorderLayout.NORTH);
            frame.setBounds(new Rectangle(0, 0, 640, 200));
            frame.setVisible(true);
        });
    }

    /** "container, progress bar, text" widths after each step, each with the text shown, which must change. */
    private List<String> widthsAsItRuns(Transfer transfer, Supplier<Container> view, String progress, String text) {
        List<String> widths = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (long done : DONE) {
            transfer.progress(done, TOTAL);
            robot.waitForIdle();
            onEdt(() -> {
                Container container = view.get();
                Component bar = ClientWindow.find(container, progress).orElseThrow();
                JLabel label = (JLabel) ClientWindow.find(container, text).orElseThrow();
                texts.add(label.getText());
                widths.add(container.getWidth() + ", " + bar.getWidth() + ", " + label.getWidth());
                return null;
            });
        }
        assertThat(texts).as("the numbers shown").doesNotHaveDuplicates();
        return widths;
    }

    /** The chat screen's side of a file in a message, as far as showing a running download goes. */
    private static final class Following extends InertFileActions {
        private final Transfer download;

        Following(Transfer download) {
            this.download = download;
        }

        @Override
        public Optional<Transfer> latestDownload(long fileId) {
            return Optional.of(download);
        }
    }
}
