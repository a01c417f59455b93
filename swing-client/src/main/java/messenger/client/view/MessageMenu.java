package messenger.client.view;

import java.awt.Component;
import java.awt.Container;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import messenger.client.model.ChatMessage;
import messenger.client.model.Links;

/**
 * The right-click menu of a message: <i>Copy text</i>, <i>Copy link</i> (its first web link) and, for a file,
 * <i>Save file as…</i>. Items that do not apply to this message are there but disabled, so the menu keeps its shape.
 */
final class MessageMenu {

    static final String COPY_TEXT = "copyText";
    static final String COPY_LINK = "copyLink";
    static final String SAVE_FILE = "saveFileAs";

    private MessageMenu() {
    }

    /** Gives {@code bubble} and everything in it the menu of {@code message}. */
    static void install(JComponent bubble, ChatMessage message, FileActions files) {
        JPopupMenu menu = new JPopupMenu();
        String text = message.text();
        List<Links.Link> links = text == null ? List.of() : Links.in(text);
        menu.add(item(COPY_TEXT, "Copy text", text != null, () -> copy(text)));
        menu.add(item(COPY_LINK, "Copy link", !links.isEmpty(), () -> copy(links.get(0).url())));
        menu.add(item(SAVE_FILE, "Save file as…", message.file() != null,
                () -> files.download(message.file(), bubble)));
        bubble.setComponentPopupMenu(menu);
        inherit(bubble);
    }

    private static JMenuItem item(String name, String label, boolean enabled, Runnable action) {
        JMenuItem item = new JMenuItem(label);
        item.setName(name);
        item.setEnabled(enabled);
        item.addActionListener(e -> action.run());
        return item;
    }

    private static void inherit(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof JComponent component) {
                component.setInheritsPopupMenu(true);
                inherit(component);
            }
        }
    }

    private static void copy(String value) {
        StringSelection selection = new StringSelection(value);
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(selection, selection);
    }
}
