package messenger.client.view;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import messenger.client.controller.TransfersController;

/**
 * The file choosers and dialogs of transfers, over the component the user acted on. Every chooser opens in the
 * folder the last one was left in.
 */
final class FilePrompts {

    private File lastDirectory;

    TransfersController.Prompts over(Component parent) {
        return new Over(parent);
    }

    private final class Over implements TransfersController.Prompts {
        private final Component parent;

        Over(Component parent) {
            this.parent = OwnerWindow.of(parent);
        }

        @Override
        public List<Path> chooseFilesToShare() {
            JFileChooser chooser = new JFileChooser(lastDirectory);
            chooser.setDialogTitle("Share files");
            chooser.setMultiSelectionEnabled(true);
            if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
                return List.of();
            }
            lastDirectory = chooser.getCurrentDirectory();
            return Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList();
        }

        @Override
        public Optional<Path> chooseSaveTarget(String name) {
            JFileChooser chooser = new JFileChooser(lastDirectory);
            chooser.setDialogTitle("Save " + name);
            chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), name));
            if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
                return Optional.empty();
            }
            Path target = chooser.getSelectedFile().toPath();
            lastDirectory = target.getParent().toFile();
            return Optional.of(target);
        }

        @Override
        public boolean confirmReplace(Path target, String name) {
            return JOptionPane.showConfirmDialog(parent, target.getFileName() + " exists. Replace it?", "Save " + name,
                    JOptionPane.YES_NO_OPTION) == JOptionPane.YES_OPTION;
        }

        @Override
        public void uploadNotStarted(Path file, Throwable cause) {
            ErrorDialog.show(parent, "Could not upload " + file.getFileName() + ".", cause);
        }

        @Override
        public void transferBroke(Throwable cause) {
            ErrorDialog.show(parent, "A file transfer went wrong.", cause);
        }
    }
}
