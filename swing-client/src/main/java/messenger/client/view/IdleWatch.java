package messenger.client.view;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.time.Clock;
import java.util.function.Consumer;
import javax.swing.Timer;
import messenger.client.model.Idleness;

/**
 * Notices when the user leaves the keyboard and mouse alone long enough to count as away, and when they come back,
 * and says so, once each time. Used on the event thread.
 */
final class IdleWatch {

    private static final long INPUT = AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK
            | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK;
    private static final int LOOK_EVERY_MILLIS = 15_000;

    private final Idleness idleness;
    private final AWTEventListener onInput;
    private final Timer look;

    /** {@code onChange} hears true when the user went idle, false when they are back. */
    IdleWatch(Clock clock, Consumer<Boolean> onChange) {
        idleness = new Idleness(clock.instant());
        onInput = event -> {
            if (idleness.input(clock.instant())) {
                onChange.accept(false);
            }
        };
        look = new Timer(LOOK_EVERY_MILLIS, e -> {
            if (idleness.check(clock.instant())) {
                onChange.accept(true);
            }
        });
        Toolkit.getDefaultToolkit().addAWTEventListener(onInput, INPUT);
        look.start();
    }

    void stop() {
        look.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(onInput);
    }
}
