package messenger.client.view;

import java.time.Clock;
import java.util.function.LongConsumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import messenger.client.model.Typists;

/**
 * "alice is typing…" under the messages of the open conversation. It keeps its line while empty, so the messages
 * do not move as it comes and goes; while someone types it looks again every second, to let them go in time.
 * Used on the event thread.
 */
final class TypingLine {

    static final String NAME = "typing";

    private final OneLineLabel label = new OneLineLabel();
    private final Typists typists;
    private final Clock clock;
    private final Timer expiry = new Timer(1_000, e -> refresh());
    private final LongConsumer onChange = conversation -> SwingUtilities.invokeLater(() -> {
        if (conversation == this.conversation) {
            refresh();
        }
    });
    private long conversation = -1;

    TypingLine(Typists typists, Clock clock) {
        this.typists = typists;
        this.clock = clock;
        label.setName(NAME);
        Labels.styledSmall(label);
        label.setBorder(BorderFactory.createEmptyBorder(0, 12, 0, 12));
        typists.addListener(onChange);
    }

    JLabel component() {
        return label;
    }

    void follow(long open) {
        conversation = open;
        refresh();
    }

    void detach() {
        typists.removeListener(onChange);
        expiry.stop();
    }

    private void refresh() {
        String line = typists.line(conversation, clock.instant());
        label.setText(line);
        if (line.isEmpty()) {
            expiry.stop();
        } else if (!expiry.isRunning()) {
            expiry.start();
        }
    }
}
