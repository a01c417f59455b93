package messenger.client.view;

import java.awt.Component;
import java.net.URI;
import java.nio.file.Path;
import javax.swing.JOptionPane;
import messenger.client.controller.OpenProblems;

/** Says why a saved file or a link did not open. */
final class OpenDialogs implements OpenProblems {

    private final Component parent;
    private final String unsupported;
    private final String failed;

    private OpenDialogs(Component parent, String unsupported, String failed) {
        this.parent = OwnerWindow.of(parent);
        this.unsupported = unsupported;
        this.failed = failed;
    }

    static OpenProblems forFile(Component parent, Path file) {
        return new OpenDialogs(parent, "The file is saved as\n" + file, "Could not open " + file.getFileName() + ".");
    }

    static OpenProblems forLink(Component parent, URI link) {
        return new OpenDialogs(parent, "No web browser is available to open\n" + link, "Could not open " + link + ".");
    }

    @Override
    public void unsupported() {
        JOptionPane.showMessageDialog(parent, unsupported, "Messenger", JOptionPane.INFORMATION_MESSAGE);
    }

    @Override
    public void failed(Throwable cause) {
        ErrorDialog.show(parent, failed, cause);
    }
}
