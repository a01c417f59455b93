package messenger.client.view;

import messenger.client.testing.RunningServer;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.swing.JButton;
import javax.swing.TransferHandler;
import messenger.protocol.FileInfo;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FileSharingIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private Path folder;

    @BeforeEach
    void setUp() throws Exception {
        folder = Files.createDirectories(Path.of("target", "it-files", Long.toString(System.nanoTime())));
    }

    @Test
    void aFileAttachedInOneClientDownloadsByteForByteInAnother() throws Exception {
        Path original = folder.resolve("holiday plan " + System.nanoTime() + ".bin");
        byte[] bytes = new byte[3 * 1024 * 1024 + 123];
        new Random(42).nextBytes(bytes);
        Files.write(original, bytes);
        ClientWindow sender = ClientWindow.open(robot, server.address());
        sender.createAccount(RunningServer.uniqueLogin("judy"), RunningServer.PASSWORD);
        ClientWindow receiver = ClientWindow.open(robot, server.address());
        receiver.createAccount(RunningServer.uniqueLogin("ken"), RunningServer.PASSWORD);

        sender.attach(original);

        String name = original.getFileName().toString();
        sender.awaitShown(name);
        receiver.awaitShown(name);
        Path saved = download(receiver, name, folder.resolve("downloads"), "copy.bin");

        assertThat(Files.readAllBytes(saved)).isEqualTo(bytes);
    }

    @Test
    void aDroppedFileIsShared() throws Exception {
        Path dropped = folder.resolve("dropped " + System.nanoTime() + ".txt");
        Files.writeString(dropped, "dropped onto the window");
        ClientWindow window = ClientWindow.open(robot, server.address());
        window.createAccount(RunningServer.uniqueLogin("lena"), RunningServer.PASSWORD);

        boolean accepted = onEdt(() -> {
            ChatScreen screen = (ChatScreen) window.app.window().getContentPane();
            return screen.getTransferHandler().importData(new TransferHandler.TransferSupport(screen, files(dropped)));
        });

        assertThat(accepted).isTrue();
        window.awaitShown(dropped.getFileName().toString());
    }

    @Test
    void theShownAndSuggestedNameKeepNoPathPartsNorDirectionOverridesOfTheSendersName() throws Exception {
        long unique = System.nanoTime();
        String hostile = "../../etc/-evil name " + unique + "\u202Etxt.exe";
        String safe = "evil name " + unique + "txt.exe";
        Path content = folder.resolve("content.txt");
        Files.writeString(content, "harmless");
        ClientWindow window = ClientWindow.open(robot, server.address());
        window.createAccount(RunningServer.uniqueLogin("mallory-reader"), RunningServer.PASSWORD);
        try (MessengerClient mallory = server.signedIn(RunningServer.uniqueLogin("mallory"))) {
            FileInfo file = mallory.upload(content, hostile, TransferListener.NONE);
            mallory.send("hostile-" + unique, null, file.id());
        }
        window.awaitShown(safe);

        clickInRow(window, safe, FileAttachmentView.DOWNLOAD_BUTTON);
        JFileChooserFixture save = fileChooser();
        save.fileNameTextBox().requireText(safe);
        Path target = Files.createDirectories(folder.resolve("safe")).resolve(safe);
        saveAs(save, target);

        awaitSaved(window, safe);
        assertThat(Files.readString(target)).isEqualTo("harmless");
    }

    private Path download(ClientWindow window, String name, Path directory, String fileName) throws Exception {
        Files.createDirectories(directory);
        clickInRow(window, name, FileAttachmentView.DOWNLOAD_BUTTON);
        Path target = directory.resolve(fileName);
        saveAs(fileChooser(), target);
        awaitSaved(window, name);
        return target;
    }

    /** Picks a folder and types the name, as one does in a save dialog for a file that does not exist yet. */
    private static void saveAs(JFileChooserFixture save, Path target) {
        save.setCurrentDirectory(target.getParent().toAbsolutePath().toFile());
        ClientWindow.approveUntilClosed(save, () -> save.fileNameTextBox().setText(target.toAbsolutePath().toString()));
    }

    private static void awaitSaved(ClientWindow window, String name) {
        await().atMost(ClientWindow.PATIENCE).until(() -> onEdt(() ->
                ClientWindow.find(row(window, name), FileAttachmentView.OPEN_BUTTON).isPresent()));
    }

    private void clickInRow(ClientWindow window, String name, String buttonName) {
        JButton button = onEdt(() -> (JButton) ClientWindow.find(row(window, name), buttonName).orElseThrow());
        new JButtonFixture(robot, button).click();
    }

    private static MessageRow row(ClientWindow window, String name) {
        return window.rows().stream().filter(row -> onEdt(() -> ClientWindow.shownText(row)).equals(name))
                .findFirst().orElseThrow();
    }

    private JFileChooserFixture fileChooser() {
        return JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
    }

    private static Transferable files(Path... paths) {
        List<File> list = java.util.Arrays.stream(paths).map(Path::toFile).toList();
        return new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return list;
            }
        };
    }
}
