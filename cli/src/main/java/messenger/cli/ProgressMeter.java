package messenger.cli;

import java.io.PrintWriter;
import messenger.protocol.ByteSizes;
import messenger.protocol.client.TransferListener;

/**
 * Shows how far a transfer is on one stderr line that rewrites itself, only when stderr is a terminal so
 * that logs and pipes stay clean. Closing it ends the line. An upload the server needs no bytes for is said so on
 * stderr in any case, since it explains why a large file took no time.
 */
final class ProgressMeter implements TransferListener, AutoCloseable {

    private final PrintWriter err;
    private final String label;
    private final boolean shown;
    private int lastPercent = -1;
    private int lastLength;

    private ProgressMeter(PrintWriter err, String label, boolean shown) {
        this.err = err;
        this.label = label;
        this.shown = shown;
    }

    static ProgressMeter on(Environment environment, String label) {
        return new ProgressMeter(environment.err(), label, environment.stderrIsTerminal());
    }

    @Override
    public void progress(long done, long total) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (!shown || percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        String line = label + ": " + percent + "% (" + ByteSizes.format(done) + " of " + ByteSizes.format(total) + ")";
        // spaces wipe what a longer previous line leaves behind, on any terminal
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    @Override
    public void alreadyOnServer(long size) {
        err.println(label + ": the server has these " + ByteSizes.format(size) + " already, nothing sent");
        err.flush();
        lastPercent = -1;
    }

    @Override
    public void close() {
        if (lastPercent >= 0) {
            err.println();
        }
    }
}
