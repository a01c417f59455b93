package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import messenger.client.controller.ConversationController;
import messenger.client.controller.TransfersController;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.client.model.Transfer;
import messenger.client.model.Transfers;
import messenger.protocol.FileInfo;
import net.miginfocom.swing.MigLayout;

/** The signed-in window: who you are and Sign out, the conversation, uploads, the composer, the status bar. */
public final class ChatScreen extends JPanel implements FileActions {

    public static final String SIGN_OUT_BUTTON = "signOut";
    public static final String USER_LABEL = "user";

    private final TransfersController files;
    private final FilePrompts prompts = new FilePrompts();
    private final ConversationView conversationView;
    private final UploadsView uploadsView;
    private final StatusBar statusBar;
    private final Composer composer;
    private final JButton signOut = new JButton("Sign out");

    public ChatScreen(Conversation conversation, ConnectionStatus status, Transfers transfers,
                      ConversationController chat, TransfersController files, Clock clock, Runnable onSignOut) {
        super(new MigLayout("fill, insets 0, gap 0", "[grow,fill]", "[][grow,fill][][][]"));
        this.files = files;
        conversationView = new ConversationView(conversation, status, chat::loadOlder, clock, this,
                link -> chat.openLink(link, OpenDialogs.forLink(this, link)));
        uploadsView = new UploadsView(transfers);
        statusBar = new StatusBar(status);
        composer = new Composer(chat::send, () -> files.chooseAndShare(prompts.over(this)));

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
        // the conversation takes the height the others leave; asked for its own, it would squeeze them
        add(conversationView, "wrap, height 0:0");
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
        files.share(paths, prompts.over(this));
    }

    @Override
    public Optional<Transfer> download(FileInfo file, Component parent) {
        return files.download(file, prompts.over(parent));
    }

    @Override
    public Optional<Transfer> latestDownload(long fileId) {
        return files.latestDownload(fileId);
    }

    @Override
    public void open(Path file, Component parent) {
        files.open(file, OpenDialogs.forFile(parent, file));
    }

    @Override
    public boolean canPreview(FileInfo file) {
        return files.canPreview(file);
    }

    @Override
    public void preview(FileInfo file, Consumer<BufferedImage> onReady, Consumer<Throwable> onFailed) {
        files.preview(file, onReady, onFailed);
    }

    @Override
    public void openPreviewed(FileInfo file, Component parent) {
        files.openPreviewed(file, copy -> OpenDialogs.forFile(parent, copy));
    }
}
