package messenger.client.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import messenger.client.controller.ImagePreviews;
import messenger.client.testing.RunningServer;
import messenger.protocol.FileInfo;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An image in the conversation shows a small preview of itself, fetched and scaled by the client; other files do not. */
class ImagePreviewIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void aPictureSharedByAnotherUserShowsAsAThumbnailThatFitsItsBox() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "it-files", "preview-" + System.nanoTime()));
        Path picture = folder.resolve("sunset.png");
        BufferedImage image = new BufferedImage(3000, 1500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 3000, 1500);
        g.dispose();
        ImageIO.write(image, "png", picture.toFile());
        Path notes = Files.writeString(folder.resolve("notes.txt"), "no picture here");
        String login = RunningServer.uniqueLogin("paula");
        try (MessengerClient other = server.signedIn(RunningServer.uniqueLogin("quinn"))) {
            FileInfo stored = other.upload(picture, "sunset " + login + ".png", TransferListener.NONE);
            other.send("picture-" + login, null, stored.id());
            FileInfo text = other.upload(notes, "notes " + login + ".txt", TransferListener.NONE);
            other.send("notes-" + login, null, text.id());
        }

        ClientWindow window = ClientWindow.open(robot, server.address());
        window.createAccount(login, RunningServer.PASSWORD);
        window.awaitShown("sunset " + login + ".png", "notes " + login + ".txt");

        await().atMost(ClientWindow.PATIENCE).until(() -> previews(window).stream().anyMatch(p -> p.image() != null));
        List<ImagePreview> shown = previews(window);
        assertThat(shown).as("only the picture has a preview").hasSize(1);
        BufferedImage thumbnail = shown.get(0).image();
        assertThat(thumbnail.getWidth()).isEqualTo(ImagePreviews.WIDTH);
        assertThat(thumbnail.getHeight()).isEqualTo(ImagePreviews.WIDTH / 2);
        assertThat(new Color(thumbnail.getRGB(5, 5))).isEqualTo(Color.ORANGE);
        assertThat(ClientWindow.onEdt(() -> shown.get(0).getHeight())).isEqualTo(ImagePreviews.HEIGHT);
    }

    private static List<ImagePreview> previews(ClientWindow window) {
        return ClientWindow.onEdt(() -> {
            List<ImagePreview> found = new ArrayList<>();
            ClientWindow.collect(window.frame.target(), ImagePreview.class, preview -> {
                if (preview.isShowing()) {
                    found.add(preview);
                }
            });
            return found;
        });
    }
}
