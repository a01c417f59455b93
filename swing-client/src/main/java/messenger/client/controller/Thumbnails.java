package messenger.client.controller;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image file scaled down to fit a box. The decoder skips rows and columns as it reads (subsampling), so
 * what is held in memory is at most about twice the box across, however large the picture is.
 */
final class Thumbnails {

    private Thumbnails() {
    }

    static BufferedImage read(Path file, int maxWidth, int maxHeight) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("This is not an image the client can show.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                double scale = Math.max((double) width / maxWidth, (double) height / maxHeight);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.floor(scale));
                param.setSourceSubsampling(step, step, 0, 0);
                return fitted(reader.read(0, param), maxWidth, maxHeight);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage fitted(BufferedImage image, int maxWidth, int maxHeight) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / image.getWidth(), (double) maxHeight / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage fitted = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = fitted.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return fitted;
    }
}
