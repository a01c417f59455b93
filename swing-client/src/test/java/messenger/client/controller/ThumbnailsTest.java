package messenger.client.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import messenger.protocol.FileInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailsTest {

    @TempDir
    Path folder;

    @Test
    void aLargePictureIsReadScaledDownToFitTheBoxKeepingItsShape() throws IOException {
        Path file = picture("wide.png", 4000, 1000, "png");

        BufferedImage thumbnail = Thumbnails.read(file, 280, 180);

        assertThat(thumbnail.getWidth()).isEqualTo(280);
        assertThat(thumbnail.getHeight()).isEqualTo(70);
        assertThat(new Color(thumbnail.getRGB(10, 35))).isEqualTo(Color.BLUE);
    }

    @Test
    void aSmallPictureKeepsItsSizeAndJpegIsReadToo() throws IOException {
        Path file = picture("small.jpg", 120, 90, "jpg");

        BufferedImage thumbnail = Thumbnails.read(file, 280, 180);

        assertThat(thumbnail.getWidth()).isEqualTo(120);
        assertThat(thumbnail.getHeight()).isEqualTo(90);
    }

    @Test
    void bytesThatAreNoPictureAreRefusedInWords() throws IOException {
        Path file = Files.write(folder.resolve("fake.png"), "not a picture".getBytes());

        assertThatThrownBy(() -> Thumbnails.read(file, 280, 180)).isInstanceOf(IOException.class)
                .hasMessage("This is not an image the client can show.");
    }

    @Test
    void onlyImagesSmallEnoughToFetchWithoutAskingArePreviewed() {
        assertThat(ImagePreviews.canPreview(file("holiday.JPG", 3_000_000))).isTrue();
        assertThat(ImagePreviews.canPreview(file("diagram.png", ImagePreviews.MAX_FILE_SIZE))).isTrue();
        assertThat(ImagePreviews.canPreview(file("huge.png", ImagePreviews.MAX_FILE_SIZE + 1))).isFalse();
        assertThat(ImagePreviews.canPreview(file("notes.txt", 100))).isFalse();
        assertThat(ImagePreviews.canPreview(file("png", 100))).isFalse();
    }

    private Path picture(String name, int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        Path file = folder.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    private static FileInfo file(String name, long size) {
        return new FileInfo(1, name, size, "0".repeat(64));
    }
}
