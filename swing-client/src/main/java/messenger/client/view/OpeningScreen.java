package messenger.client.view;

import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** What the window shows for the moment it takes to read the cache of an account that stays signed in. */
public final class OpeningScreen extends JPanel {

    public OpeningScreen(String login) {
        super(new MigLayout("fill", "[center]", "[center]"));
        add(Labels.small("Opening " + login + "'s conversations…"));
        setFocusable(true);
    }
}
