package messenger.client.view;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.KeyboardFocusManager;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import messenger.client.ClientApp;
import messenger.client.ClientSettings;
import messenger.client.model.ConversationSummary;
import messenger.client.model.LoginChoices;
import messenger.client.testing.RunningServer;
import messenger.protocol.Conversation;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.TransferListener;
import messenger.testkit.ServerProcess;

/**
 * Starts a server and a client window, plays a short conversation with a file in a room among other rooms and
 * direct messages with unread ones, and saves the login screen, the chat screen and the chat with its member list
 * as PNG files into the folder given as the first argument. Run by {@code swing-client/screenshots.sh}.
 */
public final class ScreenshotTour {

    private static final String PASSWORD = "correct horse battery";

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        // exits either way: the window's event thread would keep the JVM alive
        try {
            tour(args);
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void tour(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "docs/screenshots"));
        Path data = Files.createTempDirectory("messenger-screenshots");
        FlatLightLaf.setup();
        try (ServerProcess server = startOnTheDefaultPortIfFree(data);
             MessengerClient bob = signedIn(server, "bob");
             MessengerClient carol = signedIn(server, "carol")) {
            register(server, "alice");
            register(server, "dave");
            long release = bob.createRoom("release", "Shipping 2.0 on Friday", Conversation.PUBLIC).id();
            for (String member : List.of("alice", "carol", "dave")) {
                bob.invite(release, member);
            }
            bob.send(release, "tour-1", "Morning! Did anyone look at the release notes?", null);
            carol.send(release, "tour-2", "Yes, the draft is here: https://example.org/release-notes", null);
            carol.send(release, "tour-3", "Two things are left:\n- *the screenshots* 📸\n- the `CHANGELOG.md`", null);
            long design = carol.createRoom("design", "The new logo", Conversation.PUBLIC).id();
            carol.invite(design, "alice");
            carol.invite(carol.createRoom("team-leads", null, Conversation.PRIVATE).id(), "alice");

            Preferences preferences = Preferences.userRoot().node("messenger-screenshots");
            new ClientSettings(preferences)
                    .remember(new LoginChoices("localhost:" + server.port(), "alice", false, ""));
            ClientApp app = onEdt(() -> {
                ClientApp created = new ClientApp(new ClientSettings(preferences), ReconnectPolicy.DEFAULT,
                        Clock.systemDefaultZone());
                created.window().setSize(1000, 680);
                created.show();
                return created;
            });
            Container window = app.window();
            onEdt(() -> {
                ((JTextComponent) find(window, LoginScreen.PASSWORD_FIELD)).setText(PASSWORD);
                return null;
            });
            settle();
            onEdt(() -> {
                // the focused field would show its dots selected and a focus ring: not what a reader should copy
                KeyboardFocusManager.getCurrentKeyboardFocusManager().clearFocusOwner();
                JTextComponent password = (JTextComponent) find(window, LoginScreen.PASSWORD_FIELD);
                password.setCaretPosition(password.getDocument().getLength());
                return null;
            });
            settle();
            capture(app, out.resolve("login.png"));

            onEdt(() -> {
                ((AbstractButton) find(window, LoginScreen.SUBMIT_BUTTON)).doClick();
                return null;
            });
            waitFor(() -> ClientWindow.find(window, StatusBar.STATE)
                    .filter(state -> "Connected".equals(((JLabel) state).getText())).isPresent());
            waitFor(() -> sidebarIndex(window, "release") >= 0);
            onEdt(() -> {
                JList<?> rooms = (JList<?>) find(window, Sidebar.ROOMS);
                rooms.setSelectedIndex(sidebarIndex(window, "release"));
                return null;
            });
            onEdt(() -> {
                JTextComponent composer = (JTextComponent) find(window, Composer.TEXT);
                composer.setText("I'll take the screenshots. Here is the checklist:");
                composer.getActionMap().get("send").actionPerformed(null);
                return null;
            });
            Path checklist = data.resolve("checklist.txt");
            Files.writeString(checklist, "- login screen\n- chat screen\n");
            onEdt(() -> {
                ((ChatScreen) app.window().getContentPane()).share(List.of(checklist));
                return null;
            });
            Path notes = data.resolve("release-notes.pdf");
            byte[] noteBytes = new byte[2_400_000];
            new Random(1).nextBytes(noteBytes);
            Files.write(notes, noteBytes);
            FileInfo file = bob.upload(notes, "release-notes.pdf", TransferListener.NONE);
            bob.send(release, "tour-4", "Thanks Alice! Notes attached for reference.", null);
            bob.send(release, "tour-5", null, file.id());
            FileInfo chart = bob.upload(chart(data.resolve("downloads.png")), "downloads.png", TransferListener.NONE);
            bob.send(release, "tour-6", "And the _downloads_ chart 🎉", chart.id());
            carol.send(design, "tour-7", "Three logo drafts are up, which one?", null);
            carol.send(design, "tour-8", "I like the round one.", null);
            bob.send("tour-9", "Lunch at noon?", null);
            long toBob = carol.openDirect("alice").id();
            carol.send(toBob, "tour-10", "Got a minute after the stand-up?", null);
            bob.openDirect("alice");
            bob.subscribeAll();
            carol.subscribeAll();
            List<Message> shown = bob.history(release, null, 20).messages();
            Message asked = shown.stream().filter(message -> "alice".equals(message.from()) && message.text() != null)
                    .findFirst().orElseThrow();
            Message thanks = shown.stream().filter(message -> "tour-4".equals(message.clientMsgId()))
                    .findFirst().orElseThrow();
            bob.editMessage(thanks.id(), "Thanks Alice! The release notes are attached for reference.");
            carol.react(asked.id(), "👍");
            bob.react(asked.id(), "👍");
            bob.react(asked.id(), "🎉");
            Message reply = bob.send(release, "tour-11", "@alice the checklist looks complete 👌", null, asked.id());
            carol.markRead(release, reply.id());
            waitFor(() -> messageCount(window) == 9 && previewShown(window)
                    && unreadElsewhere(window, "release") == 4 && ClientWindow.find(window, MessageRow.SEEN_BY).isPresent());
            carol.typing(release);
            waitFor(() -> !((JLabel) find(window, TypingLine.NAME)).getText().isEmpty());
            onEdt(() -> {
                // carol's direct message notified in the window, which the tour does not focus: not for the picture
                ClientWindow.collect(app.window().getLayeredPane(), Toast.class, Toast::close);
                return null;
            });
            settle();
            capture(app, out.resolve("chat.png"));
            onEdt(() -> {
                ((AbstractButton) find(window, ConversationHeader.MEMBERS_BUTTON)).doClick();
                return null;
            });
            waitFor(() -> ((JList<?>) find(window, MemberPanel.LIST)).getModel().getSize() == 4);
            settle();
            capture(app, out.resolve("members.png"));
            onEdt(() -> {
                app.window().dispose();
                return null;
            });
            preferences.removeNode();
        }
    }

    /**
     * On 7777 when nothing listens there, so the pictures show the address a reader types; otherwise on a free
     * port, and the pictures show that one.
     */
    private static ServerProcess startOnTheDefaultPortIfFree(Path data) throws IOException {
        if (isFree(ServerAddress.DEFAULT_PORT)) {
            return ServerProcess.start(data.resolve("server"), ServerAddress.DEFAULT_PORT, Map.of());
        }
        System.out.println("port " + ServerAddress.DEFAULT_PORT + " is taken; the pictures show another one");
        return RunningServer.start(data);
    }

    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static MessengerClient signedIn(ServerProcess server, String login) {
        register(server, login);
        MessengerClient client = server.connect();
        client.login(login, PASSWORD, "screenshot tour");
        return client;
    }

    private static void register(ServerProcess server, String login) {
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
        }
    }

    /** A small bar chart, so the chat shows an image preview. */
    private static Path chart(Path file) throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xF7F9FC));
        g.fillRect(0, 0, 640, 360);
        int[] downloads = {90, 140, 120, 210, 260, 240, 320};
        for (int i = 0; i < downloads.length; i++) {
            g.setColor(new Color(0x1565C0));
            g.fillRoundRect(40 + i * 84, 340 - downloads[i], 56, downloads[i], 10, 10);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static boolean previewShown(Container window) {
        boolean[] shown = {false};
        ClientWindow.collect(window, ImagePreview.class, preview -> shown[0] |= preview.image() != null);
        return shown[0];
    }

    /** The messages of the open conversation, whether their rows are built or not. */
    private static int messageCount(Container window) {
        int[] count = {0};
        ClientWindow.collect(window, MessageList.class, list -> count[0] += list.isShowing() ? list.messages().size() : 0);
        return count[0];
    }

    private static int sidebarIndex(Container window, String room) {
        JList<?> rooms = (JList<?>) find(window, Sidebar.ROOMS);
        for (int i = 0; i < rooms.getModel().getSize(); i++) {
            if (((ConversationSummary) rooms.getModel().getElementAt(i)).name().equals(room)) {
                return i;
            }
        }
        return -1;
    }

    /** The unread messages the sidebar counts in the conversations other than the open one. */
    private static int unreadElsewhere(Container window, String open) {
        int unread = 0;
        for (String name : List.of(Sidebar.ROOMS, Sidebar.DIRECTS)) {
            JList<?> list = (JList<?>) find(window, name);
            for (int i = 0; i < list.getModel().getSize(); i++) {
                ConversationSummary conversation = (ConversationSummary) list.getModel().getElementAt(i);
                unread += conversation.name().equals(open) ? 0 : conversation.unread();
            }
        }
        return unread;
    }

    private static Component find(Container container, String name) {
        return ClientWindow.find(container, name).orElseThrow(() -> new IllegalStateException("no component " + name));
    }

    private static void capture(ClientApp app, Path file) throws Exception {
        BufferedImage image = onEdt(() -> {
            Component root = app.window().getRootPane();
            BufferedImage picture = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            root.paint(g);
            g.dispose();
            return picture;
        });
        ImageIO.write(image, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!onEdt(condition)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the client did not get there within a minute");
            }
            Thread.sleep(100);
        }
    }

    /** Lets pending layout and painting finish, so the picture shows the settled window. */
    private static void settle() throws Exception {
        Thread.sleep(700);
        onEdt(() -> null);
    }

    private static <T> T onEdt(Callable<T> task) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result[0] = task.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
