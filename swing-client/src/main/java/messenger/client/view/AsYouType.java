package messenger.client.view;

import java.util.function.Consumer;
import javax.swing.Timer;
import javax.swing.text.JTextComponent;

/**
 * Runs a search for what is typed into a field once the typing pauses, so a fast typist asks the server once
 * rather than at every key.
 */
final class AsYouType {

    private static final int PAUSE_MILLIS = 150;

    private final Timer timer;
    private JTextComponent field;

    AsYouType(Consumer<String> search) {
        timer = new Timer(PAUSE_MILLIS, e -> search.accept(field.getText()));
        timer.setRepeats(false);
    }

    void follow(JTextComponent typedInto) {
        field = typedInto;
        TextEdits.follow(typedInto, timer::restart);
    }
}
