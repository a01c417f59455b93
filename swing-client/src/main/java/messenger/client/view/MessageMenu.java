package messenger.client.view;

import java.awt.Component;
import java.awt.Container;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import messenger.client.model.ChatMessage;
import messenger.client.model.Delivery;
import messenger.client.model.Links;

/**
 * The right-click menu of a message: <i>Reply</i>, <i>React</i> (a few common emoji), <i>Edit</i> and
 * <i>Delete</i>, <i>Copy text</i>, <i>Copy link</i> (its first web link) and, for a file, <i>Save file as…</i>.
 * Items that do not apply to this message are there but disabled, so the menu keeps its shape.
 */
final class MessageMenu {

    static final String REPLY = "reply";
    static final String REACT = "react";
    static final String EDIT = "edit";
    static final String DELETE = "delete";
    static final String COPY_TEXT = "copyText";
    static final String COPY_LINK = "copyLink";
    static final String SAVE_FILE = "saveFileAs";
    /** The emoji offered under React; each item is named {@link ReactionsBar#REACTION} and its emoji. */
    static final List<String> COMMON_EMOJI = List.of("👍", "❤️", "😂", "🎉", "😮", "😢", "🙏", "👀");

    private MessageMenu() {
    }

    /** Gives {@code bubble} and everything in it the menu of {@code message}. */
    static void install(JComponent bubble, ChatMessage message, FileActions files, MessageActions actions) {
        JPopupMenu menu = new JPopupMenu();
        String text = message.text();
        List<Links.Link> links = text == null ? List.of() : Links.in(text);
        boolean live = message.delivery() == Delivery.SENT && !message.deleted();
        menu.add(item(REPLY, "Reply", live, () -> actions.reply(message)));
        JMenu react = new JMenu("React");
        react.setName(REACT);
        react.setEnabled(live);
        for (String emoji : COMMON_EMOJI) {
            JMenuItem item = item(ReactionsBar.REACTION + emoji, emoji, true,
                    () -> actions.toggleReaction(message, emoji));
            item.setFont(EmojiFont.sized(item.getFont().getSize2D() + 2));
            react.add(item);
        }
        menu.add(react);
        menu.add(item(EDIT, "Edit", message.isEditableBy(actions.me()), () -> actions.edit(message)));
        menu.add(item(DELETE, "Delete", live && actions.canDelete(message), () -> actions.delete(message)));
        menu.addSeparator();
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
