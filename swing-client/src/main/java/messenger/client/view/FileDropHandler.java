package messenger.client.view;

import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.InputEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.TransferHandler;

/**
 * Accepts files dropped onto a component and hands them on; everything else (typing, copying, dragging text)
 * goes to the component's own handler, so text components keep their usual behaviour.
 */
final class FileDropHandler extends TransferHandler {

    private final TransferHandler own;
    private final Consumer<List<Path>> onFiles;

    private FileDropHandler(TransferHandler own, Consumer<List<Path>> onFiles) {
        this.own = own;
        this.onFiles = onFiles;
    }

    static void install(JComponent component, Consumer<List<Path>> onFiles) {
        component.setTransferHandler(new FileDropHandler(component.getTransferHandler(), onFiles));
    }

    @Override
    public boolean canImport(TransferSupport support) {
        if (support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            if (support.isDrop()) {
                support.setDropAction(COPY);
            }
            return true;
        }
        return own != null && own.canImport(support);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            return own != null && own.importData(support);
        }
        try {
            @SuppressWarnings("unchecked")
            List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            onFiles.accept(files.stream().filter(File::isFile).map(File::toPath).toList());
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            ErrorDialog.show(support.getComponent(), "The dropped files could not be read.", e);
            return false;
        }
    }

    @Override
    public int getSourceActions(JComponent c) {
        return own == null ? NONE : own.getSourceActions(c);
    }

    @Override
    public void exportAsDrag(JComponent comp, InputEvent e, int action) {
        if (own != null) {
            own.exportAsDrag(comp, e, action);
        }
    }

    @Override
    public void exportToClipboard(JComponent comp, Clipboard clip, int action) {
        if (own != null) {
            own.exportToClipboard(comp, clip, action);
        }
    }
}
