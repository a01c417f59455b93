package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Frame;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.awt.event.WindowFocusListener;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import messenger.client.controller.Controllers;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;
import messenger.client.model.OthersNow;
import messenger.client.model.Transfers;
import messenger.client.model.Transfer;
import messenger.protocol.FileInfo;
import net.miginfocom.swing.MigLayout;

/**
 * The signed-in window: who you are, Settings and Sign out; the sidebar of conversations beside the open one; the
 * status bar. Ctrl+K opens the quick switcher. The first conversation shown is <i>general</i>; one the user is no
 * longer in gives way to it, with a notice saying why. Notifications show on the desktop or in the window, and
 * the server hears when the user steps away from the keyboard and mouse.
 */
public final class ChatScreen extends JPanel implements FileActions {

    public static final String SIGN_OUT_BUTTON = "signOut";
    public static final String USER_LABEL = "user";
    public static final String SETTINGS_BUTTON = "settings";
    public static final String RECEIPTS_ITEM = "shareReceipts";
    private static final String QUICK_SWITCH = "quickSwitch";
    private static final String SEARCH_HERE = "searchHere";
    private static final String SEARCH_ALL = "searchAll";

    /** Signs the user out; {@code forget} also removes what this computer kept of the account. */
    public interface SignOut {
        void signOut(boolean forget);
    }

    private final ConversationDirectory directory;
    private final Controllers controllers;
    private final ConnectionStatus status;
    private final FilePrompts prompts = new FilePrompts();
    private final Sidebar sidebar;
    private final ConversationPane pane;
    private final StatusBar statusBar;
    private final JButton signOut = new JButton("Sign out");
    private final JButton settings = new JButton("Settings ▾");
    private final JCheckBoxMenuItem receipts = new JCheckBoxMenuItem("Share read receipts");
    private final IdleWatch idleWatch;
    private DesktopAlerts alerts;
    private final ConversationDirectory.Listener onDirectory = new OnEventThread();
    private final WindowFocusListener onFocus = new WindowFocusListener() {
        @Override
        public void windowGainedFocus(WindowEvent e) {
            controllers.reading().windowFocused(true);
        }

        @Override
        public void windowLostFocus(WindowEvent e) {
            controllers.reading().windowFocused(false);
        }
    };
    private Window focusFrom;

    public ChatScreen(ConversationDirectory directory, ConnectionStatus status, Transfers transfers, OthersNow others,
                      Controllers controllers, Clock clock, SignOut onSignOut) {
        super(new MigLayout("fill, insets 0, gap 0", "[200!][grow,fill]", "[][grow,fill][]"));
        this.directory = directory;
        this.controllers = controllers;
        this.status = status;
        sidebar = new Sidebar(new Sidebar.Actions() {
            @Override
            public void open(long conversation) {
                ChatScreen.this.open(conversation);
            }

            @Override
            public void newRoom() {
                NewRoomDialog.show(ChatScreen.this, controllers.rooms(), ChatScreen.this::open);
            }

            @Override
            public void browseRooms() {
                BrowseRoomsDialog.show(ChatScreen.this, controllers.rooms(), ChatScreen.this::open);
            }

            @Override
            public void newDirect() {
                NewDirectDialog.show(ChatScreen.this, controllers.people(), ChatScreen.this::open);
            }
        }, others.presence(), controllers.conversations().notSent(), controllers.presence()::lookUp, clock);
        pane = new ConversationPane(controllers, directory.me(), status, transfers, others, clock, this,
                link -> controllers.conversations().openLink(link, OpenDialogs.forLink(this, link)),
                this::attach);
        statusBar = new StatusBar(status);

        JLabel user = new JLabel(directory.me());
        user.setName(USER_LABEL);
        user.putClientProperty(FlatClientProperties.STYLE, "font: bold +2");
        signOut.setName(SIGN_OUT_BUTTON);
        signOut.addActionListener(e -> {
            signOut.setEnabled(false);
            controllers.conversations().countUnsent(unsent -> SignOutDialog.ask(this, directory.me(), unsent)
                    .ifPresentOrElse(onSignOut::signOut, () -> signOut.setEnabled(true)), failure -> {
                signOut.setEnabled(true);
                ErrorDialog.show(this, "Could not count the messages waiting to be sent.", failure);
            });
        });
        settings.setName(SETTINGS_BUTTON);
        settings.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        receipts.setName(RECEIPTS_ITEM);
        receipts.setToolTipText("Let the others see which of their messages you have read");
        receipts.setEnabled(false);
        receipts.addActionListener(e -> shareReceipts(receipts.isSelected()));
        JPopupMenu settingsMenu = new JPopupMenu();
        settingsMenu.add(receipts);
        settings.addActionListener(e -> {
            settingsMenu.show(settings, 0, settings.getHeight());
            shareReceipts(null);
        });
        JPanel header = new JPanel(new MigLayout("insets 8 12 8 12", "[][grow][][]"));
        header.putClientProperty(FlatClientProperties.STYLE, "border: 0,0,1,0,$Component.borderColor");
        header.add(new JLabel("Messenger ·"));
        header.add(user);
        header.add(settings);
        header.add(signOut);

        add(header, "span 2, growx, wrap");
        add(sidebar, "grow, height 0:0");
        add(pane, "grow, height 0:0, wrap");
        add(statusBar, "span 2, growx");
        FileDropHandler.install(this, this::share);
        FileDropHandler.install(pane.textArea(), this::share);
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_K, InputEvent.CTRL_DOWN_MASK),
                QUICK_SWITCH);
        getActionMap().put(QUICK_SWITCH, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                QuickSwitcher.show(ChatScreen.this, directory.snapshot().all(),
                        new SidebarCell(others.presence(), controllers.conversations().notSent(), clock),
                        ChatScreen.this::open);
            }
        });
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK), SEARCH_HERE,
                () -> searchMessages(pane.openId() < 0 ? null : pane.openId()));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK), SEARCH_ALL,
                () -> searchMessages(null));
        directory.addListener(onDirectory);
        idleWatch = new IdleWatch(clock, controllers.presence()::idle);
    }

    private void bind(KeyStroke key, String name, Runnable action) {
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(key, name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** Ctrl+F in one conversation, Ctrl+Shift+F in all: a hit chosen opens in its conversation, lit up. */
    private void searchMessages(Long conversation) {
        MessageSearchDialog.show(this, controllers.search(), status, conversation,
                id -> directory.get(id).map(ConversationSummary::name).orElse("a conversation"), hit -> {
                    open(hit.conversation());
                    if (pane.openId() == hit.conversation()) {
                        pane.showFound(hit.id());
                    }
                });
    }

    /** Reads whether the user shares read receipts, changing it first unless {@code change} is null. */
    private void shareReceipts(Boolean change) {
        receipts.setEnabled(false);
        controllers.receipts().sharing(change, sharing -> {
            receipts.setSelected(sharing);
            receipts.setEnabled(true);
        }, failure -> {
            receipts.setEnabled(true);
            pane.showNotice("Read receipts: " + Problems.describe(failure));
        });
    }

    /** Where typing starts: the composer. */
    public JComponent firstFocus() {
        return pane.textArea();
    }

    @Override
    public void addNotify() {
        super.addNotify();
        focusFrom = SwingUtilities.getWindowAncestor(this);
        if (focusFrom != null) {
            focusFrom.addWindowFocusListener(onFocus);
            controllers.reading().windowFocused(focusFrom.isFocused());
        }
        if (alerts == null && focusFrom instanceof Frame frame) {
            alerts = new DesktopAlerts(frame, new Toast(getRootPane()), this::open);
            controllers.notifications().showIn(alerts);
        }
    }

    @Override
    public void removeNotify() {
        if (focusFrom != null) {
            focusFrom.removeWindowFocusListener(onFocus);
            focusFrom = null;
        }
        super.removeNotify();
    }

    /** Stops following the models (the screen is going away). */
    public void detach() {
        idleWatch.stop();
        controllers.notifications().showIn((conversation, title, text) -> { });
        if (alerts != null) {
            alerts.close();
        }
        directory.removeListener(onDirectory);
        pane.detach();
        statusBar.detach();
    }

    /** Opens a conversation of the directory; one it does not hold (any more) stays closed. */
    private void open(long conversation) {
        directory.get(conversation).ifPresent(summary -> {
            sidebar.select(summary.id());
            pane.open(summary);
        });
    }

    private void attach() {
        controllers.files().chooseAndShare(pane.openId(), prompts.over(this));
    }

    @Override
    public void share(List<Path> paths) {
        controllers.files().share(pane.openId(), paths, prompts.over(this));
    }

    @Override
    public Optional<Transfer> download(FileInfo file, Component parent) {
        return controllers.files().download(file, prompts.over(parent));
    }

    @Override
    public Optional<Transfer> latestDownload(long fileId) {
        return controllers.files().latestDownload(fileId);
    }

    @Override
    public void open(Path file, Component parent) {
        controllers.files().open(file, OpenDialogs.forFile(parent, file));
    }

    @Override
    public boolean canPreview(FileInfo file) {
        return controllers.files().canPreview(file);
    }

    @Override
    public void preview(FileInfo file, Consumer<BufferedImage> onReady, Consumer<Throwable> onFailed) {
        controllers.files().preview(file, onReady, onFailed);
    }

    @Override
    public void openPreviewed(FileInfo file, Component parent) {
        controllers.files().openPreviewed(file, copy -> OpenDialogs.forFile(parent, copy));
    }

    /** Shows the directory's changes on the event thread: the sidebar, the open conversation, a lost one. */
    private final class OnEventThread implements ConversationDirectory.Listener {
        @Override
        public void changed(ConversationDirectory.Snapshot snapshot) {
            SwingUtilities.invokeLater(() -> {
                sidebar.show(snapshot);
                Optional<ConversationSummary> open = snapshot.find(pane.openId());
                if (open.isPresent()) {
                    pane.update(open.get());
                } else if (pane.openId() < 0) {
                    directory.oldest().ifPresent(first -> open(first.id()));
                }
            });
        }

        @Override
        public void lost(ConversationSummary conversation, String why) {
            SwingUtilities.invokeLater(() -> {
                boolean wasOpen = pane.openId() == conversation.id();
                pane.lost(conversation.id());
                if (wasOpen) {
                    directory.oldest().ifPresent(first -> open(first.id()));
                    pane.showNotice(why);
                }
            });
        }
    }
}
