package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Desktop;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.client.model.Transfer;
import messenger.client.model.Transfers;
import messenger.client.net.ChatSession;
import messenger.client.transfer.TransferFailedException;
import messenger.client.transfer.TransferService;
import messenger.protocol.FileInfo;
import messenger.protocol.SafeFileName;
import net.miginfocom.swing.MigLayout;

/** The signed-in window: who you are and Sign out, the conversation, uploads, the composer, the status bar. */
public final class ChatScreen extends JPanel implements FileActions {

    public static final String SIGN_OUT_BUTTON = "signOut";
    public static final String USER_LABEL = "user";

    private final ChatSession chat;
    private final TransferService files;
    private final Transfers transfers;
    private final ConversationView conversationView;
    private final UploadsView uploadsView;
    private final StatusBar statusBar;
    private final Composer composer;
    private final JButton signOut = new JButton("Sign out");
    private File lastDirectory;

    public ChatScreen(Conversation conversation, ConnectionStatus status, Transfers transfers, ChatSession chat,
                      TransferService files, Clock clock, Runnable onSignOut) {
        super(new MigLayout("fill, insets 0, gap 0", "[grow,fill]", "[][grow,fill][][][]"));
        this.chat = chat;
        this.files = files;
        this.transfers = transfers;
        conversationView = new ConversationView(conversation, status, chat::loadOlder, clock, this, this::browse);
        uploadsView = new UploadsView(transfers);
        statusBar = new StatusBar(status);
        composer = new Composer(chat::send, this::chooseFilesToShare);

        JLabel user = new JLabel(conversation.me());
        user.setName(USER_LABEL);
        user.putClientProperty(FlatClientProperties.STYLE, "font: bold +2");
        signOut.setName(SIGN_OUT_BUTTON);
        signOut.addActionListener(e -> {
            signOut.setEnabled(false);
            onSignOut.run();
        });
        JPanel header = new JPanel(new MigLayout("insets 8 12 8 12", "[][grow][]"));
        header.putClientProperty(FlatClientProperties.STYLE, "border: 0,0,1,0,$Component.borderColor");
        header.add(new JLabel("Messenger ·"));
        header.add(user);
        header.add(signOut);

        add(header, "wrap");
        add(conversationView, "wrap");
        add(uploadsView, "wrap");
        add(composer, "wrap");
        add(statusBar);
        FileDropHandler.install(this, this::share);
        FileDropHandler.install(composer.textArea(), this::share);
    }

    /** Where typing starts: the composer. */
    public JComponent firstFocus() {
        return composer.textArea();
    }

    /** Stops following the models (the screen is going away). */
    public void detach() {
        conversationView.detach();
        uploadsView.detach();
        statusBar.detach();
    }

    @Override
    public void share(List<Path> paths) {
        for (Path path : paths) {
            Background.run(() -> files.upload(path),
                    upload -> Background.whenDone(upload, chat::sendFile, this::transferEnded),
                    failure -> ErrorDialog.show(this, "Could not upload " + path.getFileName() + ".", failure));
        }
    }

    @Override
    public Optional<Transfer> download(FileInfo file, Component parent) {
        String name = SafeFileName.of(file.name(), file.id());
        JFileChooser chooser = new JFileChooser(lastDirectory);
        chooser.setDialogTitle("Save " + name);
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), name));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path target = chooser.getSelectedFile().toPath();
        lastDirectory = target.getParent().toFile();
        if (Files.exists(target) && JOptionPane.showConfirmDialog(parent, target.getFileName() + " exists. Replace it?",
                "Save " + name, JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return Optional.empty();
        }
        Background.whenDone(files.download(file, target), saved -> { }, this::transferEnded);
        return transfers.latestDownload(file.id());
    }

    @Override
    public Optional<Transfer> latestDownload(long fileId) {
        return transfers.latestDownload(fileId);
    }

    @Override
    public void open(Path file, Component parent) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            JOptionPane.showMessageDialog(parent, "The file is saved as\n" + file, "Messenger",
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        Background.run(() -> {
            Desktop.getDesktop().open(file.toFile());
            return null;
        }, opened -> { }, failure -> ErrorDialog.show(parent, "Could not open " + file.getFileName() + ".", failure));
    }

    private void browse(URI link) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            JOptionPane.showMessageDialog(this, "No web browser is available to open\n" + link, "Messenger",
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        Background.run(() -> {
            Desktop.getDesktop().browse(link);
            return null;
        }, opened -> { }, failure -> ErrorDialog.show(this, "Could not open " + link + ".", failure));
    }

    private void chooseFilesToShare() {
        JFileChooser chooser = new JFileChooser(lastDirectory);
        chooser.setDialogTitle("Share files");
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            lastDirectory = chooser.getCurrentDirectory();
            share(Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList());
        }
    }

    /**
     * A transfer that failed or was cancelled already shows so in its own row; anything else went wrong
     * outside the transfer and gets a dialog.
     */
    private void transferEnded(Throwable failure) {
        if (!(failure instanceof TransferFailedException || failure instanceof CancellationException)) {
            ErrorDialog.show(this, "A file transfer went wrong.", failure);
        }
    }
}
