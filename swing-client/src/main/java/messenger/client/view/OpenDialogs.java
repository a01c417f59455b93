package messenger.client.view;

import java.awt.Component;
import java.net.URI;
import java.nio.file.Path;
import javax.swing.JOptionPane;
import messenger.client.controller.OpenProblems;

/** Says why a saved file or a link did not open, centred on the window it was asked from. */
final class OpenDialogs implements OpenProblems {

    static final String SHOW_IN_FOLDER = "Show in folder";
    static final String NO_APPLICATION = "No application on this computer opens files of this kind.";
    static final String PROGRAM = "This file is a program: opening it runs it, with your rights on this computer."
            + "\nRun it only if you trust the person who sent it and expected it.";
    static final String RUN_ANYWAY = "Run it";

    private static final String CLOSE = "OK";
    private static final String CANCEL = "Cancel";

    private final Component owner;
    private final String whereItIs;
    private final String failed;

    private OpenDialogs(Component parent, String whereItIs, String failed) {
        this.owner = OwnerWindow.of(parent);
        this.whereItIs = whereItIs;
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
        JOptionPane.showMessageDialog(owner, whereItIs, "Messenger", JOptionPane.INFORMATION_MESSAGE);
    }

    @Override
    public void program(Runnable openAnyway, Runnable showInFolder) {
        Object[] choices = {SHOW_IN_FOLDER, RUN_ANYWAY, CANCEL};
        int chosen = JOptionPane.showOptionDialog(owner, PROGRAM + "\n" + whereItIs, "Messenger",
                JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, choices, SHOW_IN_FOLDER);
        if (chosen == 0) {
            showInFolder.run();
        } else if (chosen == 1) {
            openAnyway.run();
        }
    }

    @Override
    public void noApplication(Runnable showInFolder) {
        Object[] choices = {SHOW_IN_FOLDER, CLOSE};
        int chosen = JOptionPane.showOptionDialog(owner, NO_APPLICATION + "\n" + whereItIs, "Messenger",
                JOptionPane.DEFAULT_OPTION, JOptionPane.INFORMATION_MESSAGE, null, choices, SHOW_IN_FOLDER);
        if (chosen == 0) {
            showInFolder.run();
        }
    }

    @Override
    public void failed(Throwable cause) {
        ErrorDialog.show(owner, failed, cause);
    }
}
