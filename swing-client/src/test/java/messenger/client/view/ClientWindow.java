package messenger.client.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTextPane;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import javax.swing.text.StyledDocument;
import messenger.client.ClientApp;
import messenger.client.ClientSettings;
import messenger.client.cache.DataFolder;
import messenger.client.model.ChatMessage;
import messenger.client.model.ConversationSummary;
import messenger.client.model.LoginChoices;
import messenger.client.testing.RunningServer;
import messenger.protocol.SafeFileName;
import messenger.protocol.client.ReconnectPolicy;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.AbstractComponentFixture;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.fixture.JCheckBoxFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JListFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.awaitility.core.ConditionTimeoutException;

/** One client window under test, driven through its components as a person would. */
final class ClientWindow {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final double FEW_PIXELS = 8;
    /** Quick retries so that reconnect tests do not wait for the production policy. */
    private static final ReconnectPolicy TEST_POLICY =
            new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1));

    final ClientApp app;
    final FrameFixture frame;
    final Preferences preferences;

    private ClientWindow(ClientApp app, FrameFixture frame, Preferences preferences) {
        this.app = app;
        this.frame = frame;
        this.preferences = preferences;
    }

    /** A new window whose settings name the server; each window has settings of its own unless given some. */
    static ClientWindow open(Robot robot, String server) {
        return open(robot, settingsFor(server));
    }

    /**
     * Windows of one test sit side by side in a 2×2 grid of the 1280×1024 virtual screen, so that a click
     * always lands in the window it is meant for.
     */
    static ClientWindow open(Robot robot, Preferences preferences) {
        return open(robot, preferences, slot -> new Rectangle(slot % 2 * 640, slot / 2 * 512, 640, 512));
    }

    /** The only window of a test, of the given size, in the top left corner of the screen. */
    static ClientWindow sized(Robot robot, String server, Dimension size) {
        return open(robot, settingsFor(server), slot -> new Rectangle(new Point(), size));
    }

    private static Preferences settingsFor(String server) {
        Preferences preferences = Preferences.userRoot().node("messenger-it").node(UUID.randomUUID().toString());
        new ClientSettings(preferences).remember(new LoginChoices(server, "", false, ""));
        return preferences;
    }

    private static ClientWindow open(Robot robot, Preferences preferences, IntFunction<Rectangle> boundsInSlot) {
        ClientApp app = GuiActionRunner.execute(() -> {
            int slot = (int) Arrays.stream(Frame.getFrames()).filter(Frame::isDisplayable).count() % 4;
            ClientApp created = new ClientApp(new ClientSettings(preferences), TEST_POLICY, Clock.systemDefaultZone());
            created.window().setBounds(boundsInSlot.apply(slot));
            created.show();
            return created;
        });
        return new ClientWindow(app, new FrameFixture(robot, app.window()), preferences);
    }

    /** A new window in which a new account of this login is signed in. */
    static ClientWindow withNewAccount(Robot robot, String server, String login) {
        ClientWindow window = open(robot, server);
        window.createAccount(login, RunningServer.PASSWORD);
        return window;
    }

    void createAccount(String login, String password) {
        frame.button(LoginScreen.SWITCH_MODE_BUTTON).click();
        fillIn(login, password);
        type(LoginScreen.CONFIRMATION_FIELD, password);
        frame.button(LoginScreen.SUBMIT_BUTTON).click();
        awaitChat();
    }

    void signIn(String login, String password) {
        signInWithoutServer(login, password);
        awaitConnected();
    }

    /** Signs in and waits for the chat, connected or not (started from what this computer kept). */
    void signInWithoutServer(String login, String password) {
        fillIn(login, password);
        frame.textBox(LoginScreen.PASSWORD_FIELD).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await().atMost(PATIENCE).until(() -> onEdt(() -> find(frame.target(), ChatScreen.SIGN_OUT_BUTTON).isPresent()));
    }

    /** Unticks *Stay signed in on this computer*: the next window of these settings shows the sign-in form. */
    void doNotStaySignedIn() {
        frame.checkBox(LoginScreen.STAY_SIGNED_IN_CHECKBOX).uncheck();
    }

    /** Opens the message search: Ctrl+F in the open conversation, Ctrl+Shift+F in all of them. */
    DialogFixture openSearch(boolean everywhere) {
        Robot robot = frame.robot();
        frame.textBox(Composer.TEXT).click();
        robot.pressKey(KeyEvent.VK_CONTROL);
        if (everywhere) {
            robot.pressKey(KeyEvent.VK_SHIFT);
        }
        robot.pressAndReleaseKey(KeyEvent.VK_F);
        if (everywhere) {
            robot.releaseKey(KeyEvent.VK_SHIFT);
        }
        robot.releaseKey(KeyEvent.VK_CONTROL);
        return WindowFinder.findDialog(MessageSearchDialog.NAME).withTimeout(10_000).using(robot);
    }

    /**
     * Opens the search and puts {@code query} into it in one edit, as a paste does. Typed key by key on a loaded
     * machine, the dialog may pause long enough to search a part of the query first and show that part's hits.
     */
    DialogFixture searchFor(String query, boolean everywhere) {
        DialogFixture dialog = openSearch(everywhere);
        dialog.textBox(MessageSearchDialog.FIELD).setText(query);
        return dialog;
    }

    /** The folder in which the client keeps this login's data, in the tests' data folder. */
    static Path accountFolder(String login) throws IOException {
        Path root = Path.of(System.getProperty(DataFolder.PROPERTY));
        try (Stream<Path> paths = Files.walk(root, 2)) {
            return paths.filter(path -> path.getFileName().toString().equals(login.toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow();
        }
    }

    void fillIn(String login, String password) {
        type(LoginScreen.LOGIN_FIELD, login);
        type(LoginScreen.PASSWORD_FIELD, password);
    }

    /** Clicks into a text field (which brings its window to the front and focuses it) and puts the text in. */
    void type(String field, String text) {
        frame.textBox(field).click();
        frame.textBox(field).setText(text);
    }

    void awaitChat() {
        await().atMost(PATIENCE).until(() -> onEdt(() -> find(frame.target(), ChatScreen.SIGN_OUT_BUTTON).isPresent()));
        awaitConnected();
    }

    void awaitConnected() {
        await().atMost(PATIENCE).until(() -> "Connected".equals(connectionState()));
    }

    /** Writes a message and presses Enter, as a person would. */
    void send(String text) {
        type(Composer.TEXT, text);
        frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_ENTER);
    }

    /** Shares a file through Attach and the file chooser. */
    void attach(Path file) {
        frame.button(Composer.ATTACH_BUTTON).click();
        choose(JFileChooserFinder.findFileChooser().withTimeout(10_000).using(frame.robot()), file);
    }

    /**
     * Chooses {@code file} in an open or save dialog and approves it, in one step on the event thread, which is
     * what picking a file and pressing the button amount to. Typing the name and clicking through the robot let
     * the chooser's background listing of its folder reset the name in between; on a busy machine the dialog
     * then saved under its suggested name in its default folder, the home folder. Tries again while the
     * dialog is still open (it may not have finished opening).
     */
    static void choose(JFileChooserFixture chooser, Path file) {
        File chosen = file.toAbsolutePath().toFile();
        await().atMost(PATIENCE).until(() -> {
            GuiActionRunner.execute(() -> {
                JFileChooser dialog = chooser.target();
                if (dialog.isShowing()) {
                    dialog.setCurrentDirectory(chosen.getParentFile());
                    if (dialog.isMultiSelectionEnabled()) {
                        dialog.setSelectedFiles(new File[] {chosen});
                    }
                    dialog.setSelectedFile(chosen);
                    dialog.approveSelection();
                }
            });
            return !onEdt(() -> chooser.target().isShowing());
        });
    }

    /**
     * The row of the message that shows this text, once the server stored it: until then the row is built
     * anew when the message changes.
     */
    MessageRow storedRowShowing(String shown) {
        return awaitRow(row -> shownText(row).equals(shown) && !MessageRow.PENDING_TEXT.equals(labelText(row,
                MessageRow.TIME)));
    }

    /** The row that shows this text, looked for until found: rows are laid out again as messages come in. */
    MessageRow rowShowing(String shown) {
        return awaitRow(row -> shownText(row).equals(shown));
    }

    /** The first showing row that {@code test} (asked on the event thread) accepts, once there is one. */
    private MessageRow awaitRow(Predicate<MessageRow> test) {
        return await().atMost(PATIENCE).until(() -> rows().stream()
                .filter(row -> onEdt(() -> test.test(row)))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The font a styled text draws the character at {@code offset} in. */
    static Font fontAt(JTextPane text, int offset) {
        StyledDocument document = text.getStyledDocument();
        return document.getFont(document.getCharacterElement(offset).getAttributes());
    }

    /** The names the sidebar lists in {@link Sidebar#ROOMS} or {@link Sidebar#DIRECTS}, top to bottom. */
    List<String> sidebar(String list) {
        return onEdt(() -> {
            JList<?> shown = (JList<?>) find(frame.target(), list).orElseThrow();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < shown.getModel().getSize(); i++) {
                names.add(((ConversationSummary) shown.getModel().getElementAt(i)).name());
            }
            return names;
        });
    }

    /** How the sidebar draws a conversation: its badge ("" without one), and " bold" when its name is bold. */
    String sidebarLook(String list, String name) {
        SidebarCell cell = sidebarCell(list, name);
        return onEdt(() -> cell.badgeText() + (cell.showsBold() ? " bold" : ""));
    }

    /** The cell that draws a conversation of the sidebar, as it draws it now (not selected). */
    SidebarCell sidebarCell(String list, String name) {
        return onEdt(() -> {
            @SuppressWarnings("unchecked")
            JList<ConversationSummary> shown = (JList<ConversationSummary>) find(frame.target(), list).orElseThrow();
            for (int i = 0; i < shown.getModel().getSize(); i++) {
                ConversationSummary entry = shown.getModel().getElementAt(i);
                if (entry.name().equals(name)) {
                    return (SidebarCell) shown.getCellRenderer()
                            .getListCellRendererComponent(shown, entry, i, false, false);
                }
            }
            throw new AssertionError(name + " is not in " + list);
        });
    }

    /**
     * Clicks a conversation in the sidebar, once it is there, and waits until it is open; clicked again when it is
     * not open two seconds later (a click lost, or the list reordered under it as another conversation moved up).
     */
    void openInSidebar(String list, String name) {
        await().atMost(PATIENCE).until(() -> sidebar(list).contains(name));
        for (int attempt = 1; attempt <= 3; attempt++) {
            frame.list(list).clickItem(sidebar(list).indexOf(name));
            try {
                await().atMost(Duration.ofSeconds(2))
                        .untilAsserted(() -> assertThat(label(ConversationHeader.NAME)).endsWith(" " + name));
                return;
            } catch (ConditionTimeoutException notOpen) {
                // clicked again, above
            }
        }
        awaitOpen(name);
    }

    /** Waits until the header names this conversation. */
    void awaitOpen(String name) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(label(ConversationHeader.NAME)).endsWith(" " + name));
    }

    String title() {
        return onEdt(() -> frame.target().getTitle());
    }

    /** The text of the label of this name in the window. */
    String label(String name) {
        return labelText(frame.target(), name);
    }

    /**
     * Checks that a dialog is centred on this window, once it has settled, to within the few pixels that a dialog
     * packed again after it opened (its frame added by X11) moves its centre: off-centre, as the defect was, is a
     * matter of hundreds.
     */
    void requireCentredOnIt(Component dialog) {
        try {
            await().atMost(PATIENCE).until(() -> centred(bounds(dialog)) || shownBounds(dialog).filter(
                    ClientWindow::centred).isPresent());
        } catch (ConditionTimeoutException offCentre) {
            Rectangle[] bounds = bounds(dialog);
            throw new AssertionError("not centred on its window: dialog at " + bounds[0] + ", window at " + bounds[1]
                    + "; X windows, top to bottom: " + XWindows.stacking(), offCentre);
        }
    }

    private static boolean centred(Rectangle[] dialogAndWindow) {
        return Math.abs(dialogAndWindow[0].getCenterX() - dialogAndWindow[1].getCenterX()) <= FEW_PIXELS
                && Math.abs(dialogAndWindow[0].getCenterY() - dialogAndWindow[1].getCenterY()) <= FEW_PIXELS;
    }

    /** The dialog's window's bounds and this window's, as AWT has them. */
    private Rectangle[] bounds(Component dialog) {
        return onEdt(() -> new Rectangle[] {SwingUtilities.getWindowAncestor(dialog).getBounds(),
                frame.target().getBounds()});
    }

    /** The same as the X server has them, which is what shows, when AWT has not caught up (see {@link XWindows}). */
    private Optional<Rectangle[]> shownBounds(Component dialog) {
        String[] titles = onEdt(() -> new String[] {titleOf(SwingUtilities.getWindowAncestor(dialog)),
                frame.target().getTitle()});
        Map<String, Rectangle> shown = XWindows.byTitle();
        return shown.containsKey(titles[0]) && shown.containsKey(titles[1])
                ? Optional.of(new Rectangle[] {shown.get(titles[0]), shown.get(titles[1])}) : Optional.empty();
    }

    private static String titleOf(Window window) {
        return window instanceof Dialog dialog ? dialog.getTitle() : ((Frame) window).getTitle();
    }

    String connectionState() {
        return onEdt(() -> find(frame.target(), StatusBar.STATE).map(label -> ((JLabel) label).getText()).orElse(""));
    }

    /** The rows of the conversation built for the view and around it, from top to bottom. */
    List<MessageRow> rows() {
        return onEdt(() -> {
            List<MessageRow> rows = new ArrayList<>();
            collect(frame.target(), MessageRow.class, row -> {
                if (row.isShowing()) {
                    rows.add(row);
                }
            });
            rows.sort(Comparator.comparingInt(Component::getY));
            return rows;
        });
    }

    /**
     * What each message of the open conversation shows as its text (or, for a file, the file's name), top to
     * bottom, whether it is scrolled into view or not.
     */
    List<String> shownTexts() {
        return onEdt(() -> {
            List<MessageList> lists = new ArrayList<>();
            collect(frame.target(), MessageList.class, lists::add);
            return lists.stream().filter(Component::isShowing).flatMap(list -> list.messages().stream()).map(ClientWindow::shownText).toList();
        });
    }

    void awaitShown(String... texts) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(shownTexts()).contains(texts));
    }

    static String shownText(ChatMessage message) {
        if (message.deleted()) {
            return MessageRow.DELETED_TEXT;
        }
        return message.text() != null ? message.text() : SafeFileName.of(message.file().name(), message.file().id());
    }

    static String shownText(MessageRow row) {
        return find(row, MessageText.NAME).map(text -> ((JTextComponent) text).getText())
                .or(() -> find(row, FileAttachmentView.FILE_NAME).map(label -> ((JLabel) label).getText()))
                .orElse("");
    }

    /** The text a label shows, without the HTML that wraps it. */
    static String labelText(Container container, String name) {
        return onEdt(() -> find(container, name).map(label -> plain(((JLabel) label).getText())).orElse(null));
    }

    private static String plain(String text) {
        return text == null ? null : text.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static java.util.Optional<Component> find(Container container, String name) {
        List<Component> found = new ArrayList<>();
        collect(container, Component.class, component -> {
            if (name.equals(component.getName()) && component.isShowing()) {
                found.add(component);
            }
        });
        return found.stream().findFirst();
    }

    static <T> void collect(Container container, Class<T> type, Consumer<T> sink) {
        for (Component child : container.getComponents()) {
            if (type.isInstance(child)) {
                sink.accept(type.cast(child));
            }
            if (child instanceof Container inner) {
                collect(inner, type, sink);
            }
        }
    }

    /** The option pane (question, warning) showing now, waited for. */
    static JOptionPaneFixture optionPane(Robot robot) {
        return JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
    }

    /**
     * Clicks the button of {@code pane} and waits until the pane has closed; a pane still open a second after the
     * click gets it again, up to three times, aimed where the X server shows it: under Xvfb AWT now and then keeps
     * a dialog at (0,0) that the X server has centred, and clicks aimed from AWT's bounds miss it (see
     * {@link XWindows}). The failure says where AWT and the X server had the pane and the button.
     */
    static void answer(JOptionPaneFixture pane, Function<JOptionPaneFixture, JButtonFixture> button) {
        JButtonFixture answer = button.apply(pane);
        for (int attempt = 1; attempt <= 3 && onEdt(() -> pane.target().isShowing()); attempt++) {
            if (attempt == 1) {
                answer.click();
            } else {
                clickWhereTheXServerShowsIt(answer);
            }
            try {
                await().atMost(Duration.ofSeconds(1)).until(() -> !onEdt(() -> pane.target().isShowing()));
            } catch (ConditionTimeoutException stillOpen) {
                // clicked again, below
            }
        }
        try {
            await().atMost(PATIENCE).until(() -> !onEdt(() -> pane.target().isShowing()));
        } catch (ConditionTimeoutException stillOpen) {
            throw new AssertionError("the pane still open after three clicks: "
                    + onEdt(() -> placement(pane, answer.target())) + "; X windows, top to bottom: "
                    + XWindows.stacking(), stillOpen);
        }
    }

    /**
     * Checks a check box of a dialog, clicking again where the X server shows the dialog when the first click
     * missed (AWT's bounds of a fresh dialog may still be stale, see {@link XWindows}).
     */
    static void check(JCheckBoxFixture box) {
        box.check();
        try {
            await().atMost(Duration.ofSeconds(1)).until(() -> onEdt(() -> box.target().isSelected()));
        } catch (ConditionTimeoutException missed) {
            clickWhereTheXServerShowsIt(box);
        }
        box.requireSelected();
    }

    /**
     * Clicks item {@code index} of {@code list} in {@code dialog}, which the click closes, and waits until it has
     * closed; a dialog still open a second after the click gets it again, aimed where the X server shows it (see
     * {@link #answer}).
     */
    static void chooseClosing(DialogFixture dialog, JListFixture list, int index) {
        list.clickItem(index);
        for (int attempt = 2; attempt <= 3 && onEdt(() -> dialog.target().isShowing()); attempt++) {
            try {
                await().atMost(Duration.ofSeconds(1)).until(() -> !onEdt(() -> dialog.target().isShowing()));
            } catch (ConditionTimeoutException stillOpen) {
                Rectangle cell = onEdt(() -> list.target().getCellBounds(index, index));
                clickWhereTheXServerShowsIt(list, new Point((int) cell.getCenterX(), (int) cell.getCenterY()));
            }
        }
        await("the dialog closed by the click on item " + index).atMost(PATIENCE)
                .until(() -> !onEdt(() -> dialog.target().isShowing()));
    }

    /**
     * Clicks the component where the X server shows its window, which AWT may not know (see {@link XWindows});
     * where AWT thinks it is when xwininfo cannot say.
     */
    private static void clickWhereTheXServerShowsIt(AbstractComponentFixture<?, ? extends Component, ?> fixture) {
        clickWhereTheXServerShowsIt(fixture, null);
    }

    /** As above, at {@code at} within the component (null: its middle). */
    private static void clickWhereTheXServerShowsIt(AbstractComponentFixture<?, ? extends Component, ?> fixture,
                                                    Point at) {
        Point target = onEdt(() -> {
            Component clicked = fixture.target();
            Window window = SwingUtilities.getWindowAncestor(clicked);
            Point inWindow = SwingUtilities.convertPoint(clicked, at == null ? clicked.getWidth() / 2 : at.x,
                    at == null ? clicked.getHeight() / 2 : at.y, window);
            Rectangle shown = XWindows.byTitle().getOrDefault(titleOf(window), window.getBounds());
            return new Point(shown.x + inWindow.x, shown.y + inWindow.y);
        });
        fixture.robot().click(target, MouseButton.LEFT_BUTTON, 1);
    }

    private static String placement(JOptionPaneFixture pane, Component clicked) {
        if (!pane.target().isShowing()) {
            return "closed";
        }
        return "dialog " + SwingUtilities.getWindowAncestor(pane.target()).getBounds() + ", button on screen at "
                + clicked.getLocationOnScreen() + " size " + clicked.getSize() + ", focused window "
                + KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow();
    }

    static <T> T onEdt(java.util.concurrent.Callable<T> query) {
        return GuiActionRunner.execute(query);
    }
}
