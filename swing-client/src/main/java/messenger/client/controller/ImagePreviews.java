package messenger.client.controller;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import messenger.client.transfer.CacheFolder;
import messenger.client.transfer.TransferService;
import messenger.protocol.FileInfo;

/**
 * Inline previews of image files. An image of at most {@link #MAX_FILE_SIZE} is fetched once into the cache
 * folder, read scaled down to the preview box, and the thumbnail kept in memory in a cache bounded by its pixels;
 * the folder is bounded too. Only rows in view ask, so a long conversation fetches only what is looked at. Called
 * on the event thread; results come back there.
 */
public final class ImagePreviews {

    public static final int WIDTH = 280;
    public static final int HEIGHT = 180;
    static final long MAX_FILE_SIZE = 16_000_000;
    private static final long MEMORY_BYTES = 32L * 1024 * 1024;
    private static final long FOLDER_BYTES = 256L * 1024 * 1024;
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    private final TransferService files;
    private final CacheFolder folder;
    private final Cache<Long, BufferedImage> thumbnails = Caffeine.newBuilder()
            .maximumWeight(MEMORY_BYTES)
            .<Long, BufferedImage>weigher((id, image) -> image.getWidth() * image.getHeight() * 4)
            .build();
    /** Previews being made, so that two rows of one file share the work. */
    private final Map<Long, CompletableFuture<BufferedImage>> loading = new HashMap<>();

    ImagePreviews(TransferService files, CacheFolder folder) {
        this.files = files;
        this.folder = folder;
    }

    /** Where the pictures of {@code login} on {@code server} are kept, apart from every other account's. */
    static CacheFolder folderOf(String server, String login) {
        return CacheFolder.forPreviews(server, login, FOLDER_BYTES);
    }

    /** An image by its name, small enough to fetch without asking. */
    public static boolean canPreview(FileInfo file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return file.size() <= MAX_FILE_SIZE && dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    public Optional<BufferedImage> cached(long fileId) {
        return Optional.ofNullable(thumbnails.getIfPresent(fileId));
    }

    /** Makes the file's preview, or hands over the one in memory at once. */
    public void load(FileInfo file, Consumer<BufferedImage> onReady, Consumer<Throwable> onFailed) {
        BufferedImage known = thumbnails.getIfPresent(file.id());
        if (known != null) {
            onReady.accept(known);
            return;
        }
        CompletableFuture<BufferedImage> making = loading.computeIfAbsent(file.id(), id -> make(file));
        Background.whenDone(making, image -> {
            loading.remove(file.id());
            thumbnails.put(file.id(), image);
            onReady.accept(image);
        }, failure -> {
            loading.remove(file.id());
            onFailed.accept(failure);
        });
    }

    /** The fetched image itself, to open in the desktop's viewer. */
    public Optional<Path> original(FileInfo file) {
        Path copy = folder.pathFor(file);
        return Files.isRegularFile(copy) ? Optional.of(copy) : Optional.empty();
    }

    private CompletableFuture<BufferedImage> make(FileInfo file) {
        return files.fetch(file, folder.pathFor(file)).thenApply(path -> {
            try {
                folder.trim();
                return Thumbnails.read(path, WIDTH, HEIGHT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
